#include "synth/numberingplan.h"

#include "synth/apportionment.h"
#include "synth/randomstream.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace cdr {

namespace {

constexpr int kNationalDigits = 9; // 4XXXXXXXX
constexpr std::uint64_t kCountryBase = 32'000'000'000ULL;

std::uint64_t pow10(int n)
{
    std::uint64_t p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

bool overlaps(const std::string &a, const std::string &b)
{
    const std::size_t n = std::min(a.size(), b.size());
    return a.compare(0, n, b, 0, n) == 0;
}

} // namespace

bool NumberingPlan::isMobileBlock(std::string_view prefix)
{
    if (prefix.size() < 3 || prefix.size() > 10 || prefix[0] != '0' || prefix[1] != '4' || prefix[2] < '5'
        || prefix[2] > '9')
        return false;
    return std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void NumberingPlan::addBlock(OperatorPlan &plan, const std::string &digits)
{
    const int freeDigits = kNationalDigits - static_cast<int>(digits.size());
    const std::uint64_t size = pow10(freeDigits);
    plan.blocks.push_back({kCountryBase + std::stoull(digits) * size, size});
    plan.prefixes.push_back("0" + digits);
    plan.capacity += size;
}

NumberingPlan::NumberingPlan(const std::vector<OperatorConfig> &operators, std::uint64_t seed)
{
    m_plans.resize(operators.size());
    std::vector<std::string> taken; // digits without the leading 0
    std::vector<std::size_t> blockless;
    for (std::size_t op = 0; op < operators.size(); ++op) {
        for (const std::string &block : operators[op].numberBlocks) {
            if (!isMobileBlock(block)) {
                spdlog::warn("operator {}: number block '{}' is not a Belgian mobile prefix (04[5-9]...), ignored",
                             operators[op].code, block);
                continue;
            }
            addBlock(m_plans[op], block.substr(1));
            taken.push_back(block.substr(1));
        }
        if (m_plans[op].blocks.empty())
            blockless.push_back(op);
    }

    if (!blockless.empty()) {
        // Whole 04[5-9]x blocks first; if too few are free, the free 5-digit blocks inside partly used ones.
        std::vector<std::string> freeBlocks;
        std::vector<std::string> partlyUsed;
        for (int p = 450; p <= 499; ++p) {
            const std::string candidate = std::to_string(p);
            const bool used = std::any_of(taken.begin(), taken.end(),
                                          [&](const std::string &t) { return overlaps(t, candidate); });
            (used ? partlyUsed : freeBlocks).push_back(candidate);
        }
        if (freeBlocks.size() < blockless.size())
            for (const std::string &prefix : partlyUsed)
                for (char d = '0'; d <= '9'; ++d) {
                    const std::string candidate = prefix + d;
                    if (std::none_of(taken.begin(), taken.end(),
                                     [&](const std::string &t) { return overlaps(t, candidate); }))
                        freeBlocks.push_back(candidate);
                }
        if (freeBlocks.empty()) {
            spdlog::warn("no free 04[5-9] number blocks left for operators without number_blocks; using 0499");
            freeBlocks.push_back("499");
        }
        std::sort(freeBlocks.begin(), freeBlocks.end());
        std::vector<double> shares;
        for (std::size_t op : blockless)
            shares.push_back(std::max(operators[op].marketShare, 0.0) + 1e-9);
        std::vector<std::int64_t> counts = apportion(static_cast<std::int64_t>(freeBlocks.size()), shares, true);
        std::size_t next = 0;
        for (std::size_t i = 0; i < blockless.size(); ++i) {
            const std::int64_t count = std::max<std::int64_t>(counts[i], 1);
            for (std::int64_t c = 0; c < count; ++c)
                addBlock(m_plans[blockless[i]], freeBlocks[std::min(next++, freeBlocks.size() - 1)]);
        }
    }

    for (std::size_t op = 0; op < m_plans.size(); ++op)
        m_plans[op].permutation =
            FeistelPermutation(m_plans[op].capacity, mix64(seed ^ (static_cast<std::uint64_t>(StreamKind::Numbering) << 56) ^ op));
}

std::uint64_t NumberingPlan::number(std::size_t op, std::uint64_t index) const
{
    const OperatorPlan &plan = m_plans[op];
    std::uint64_t offset = plan.permutation(index % plan.capacity);
    for (const Block &block : plan.blocks) {
        if (offset < block.size)
            return block.base + offset;
        offset -= block.size;
    }
    return plan.blocks.front().base;
}

int NumberingPlan::operatorOf(std::uint64_t e164) const
{
    for (std::size_t op = 0; op < m_plans.size(); ++op)
        for (const Block &block : m_plans[op].blocks)
            if (e164 >= block.base && e164 < block.base + block.size)
                return static_cast<int>(op);
    return -1;
}

} // namespace cdr
