#include "config/configrules.h"

#include <cmath>
#include <map>
#include <regex>
#include <set>

namespace cdr {

namespace {

constexpr std::size_t kMaxListEntries = 255; // records store list positions as uint8
constexpr std::size_t kMaxTextLength = 20;   // VARCHAR(20) columns

std::size_t codePoints(const std::string &text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        count += (c & 0xC0) != 0x80;
    return count;
}

} // namespace

void ConfigRules::checkTextList(const std::string &path, const std::vector<std::string> &values,
                                const std::string &itemSuffix)
{
    if (values.empty())
        error(path, "must list at least one value");
    if (values.size() > kMaxListEntries)
        error(path, "may list at most 255 values, got " + std::to_string(values.size()));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string itemPath = path + "[" + std::to_string(i) + "]" + itemSuffix;
        const std::size_t length = codePoints(values[i]);
        if (length == 0 || length > kMaxTextLength)
            error(itemPath, "must be 1 to 20 characters (a VARCHAR(20) column), got \"" + values[i] + "\"");
        if (!seen.insert(values[i]).second)
            error(itemPath, "duplicate value \"" + values[i] + "\"");
    }
}

void ConfigRules::checkDataTypes(const Config &config)
{
    checkOperators(config.operators);
    checkTextList("data_types.call_types", config.callTypes);
    checkTextList("data_types.call_status", config.callStatus);
    checkTextList("data_types.antenna_types", config.antennaTypes);
}

void ConfigRules::checkOperators(const std::vector<OperatorConfig> &operators)
{
    const std::string path = "data_types.operators";
    std::vector<std::string> codes;
    for (const auto &op : operators)
        codes.push_back(op.code);
    checkTextList(path, codes, ".code");

    static const std::regex kMccMnc(R"(\d{3}-\d{2,3})");
    double sum = 0;
    bool sharesValid = true;
    for (std::size_t i = 0; i < operators.size(); ++i) {
        const std::string opPath = path + "[" + std::to_string(i) + "]";
        const double share = operators[i].marketShare;
        sum += share;
        if (!(share > 0) || share > 100) {
            error(opPath + ".market_share", "must be > 0 and <= 100 (percent), got " + formatNumber(share));
            sharesValid = false;
        }
        if (!operators[i].mccMnc.empty() && !std::regex_match(operators[i].mccMnc, kMccMnc))
            error(opPath + ".mcc_mnc", "must look like 206-01 (MCC-MNC), got \"" + operators[i].mccMnc + "\"");
    }
    if (!operators.empty() && sharesValid && std::fabs(sum - 100) > 1e-6)
        error(path, "market_share values must sum to 100, they sum to " + formatNumber(sum));
    checkNumberBlocks(operators);
}

void ConfigRules::checkNumberBlocks(const std::vector<OperatorConfig> &operators)
{
    // A Belgian mobile number is 04[5-9] + 7 digits; a block is a national prefix of 3 to 7 digits.
    static const std::regex kBlock(R"(04[5-9]\d{0,4})");
    struct Owner {
        std::size_t op;
        std::string path;
    };
    std::map<std::string, Owner> blocks;
    for (std::size_t i = 0; i < operators.size(); ++i) {
        const auto &list = operators[i].numberBlocks;
        for (std::size_t b = 0; b < list.size(); ++b) {
            const std::string blockPath =
                "data_types.operators[" + std::to_string(i) + "].number_blocks[" + std::to_string(b) + "]";
            if (!std::regex_match(list[b], kBlock)) {
                error(blockPath, "must be a national mobile prefix 04[5-9] followed by up to 4 digits (e.g. 047, "
                                 "0456), got \"" + list[b] + "\"");
                continue;
            }
            for (const auto &[other, owner] : blocks) {
                const bool overlaps = other.rfind(list[b], 0) == 0 || list[b].rfind(other, 0) == 0;
                if (!overlaps)
                    continue;
                if (owner.op == i)
                    warning(blockPath, "\"" + list[b] + "\" overlaps \"" + other + "\" of the same operator");
                else
                    error(blockPath, "\"" + list[b] + "\" overlaps \"" + other + "\" (" + owner.path
                                         + "); each number must belong to one operator");
            }
            blocks.emplace(list[b], Owner{i, blockPath});
        }
    }
}

} // namespace cdr
