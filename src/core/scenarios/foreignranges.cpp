#include "scenarios/foreignranges.h"

#include "synth/randomstream.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace cdr {

namespace {

// Patterns: libphonenumber v9.0.35, resources/PhoneNumberMetadata.xml (tag commit aa97ee8d), the
// nationalNumberPattern of the country's mobile type unless said otherwise. Each prefix keeps every number of its
// length inside that pattern; why each country is here: docs/foreign-ranges.md.
constexpr std::string_view kTunisiaMobile =
    R"(3(?:001|[12]40)\d{4}|(?:(?:[259]\d|4[0-8])\d|3(?:1[1-35]|6[0-4]|91))\d{5})";

constexpr std::array<ForeignRange, 6> kWangiriCallers{{
    {"TN", 216, "9", 8, kTunisiaMobile},
    {"MR", 222, "46", 8, R"([2-4][0-46-9]\d{6})"},
    {"SL", 232, "7", 8, R"((?:25|3[0-5]|66|7\d|8[08]|9[09])\d{6})"},
    {"GN", 224, "62", 9, R"(6[0-356]\d{7})"},
    {"KM", 269, "3", 7, R"([34]\d{6})"},
    {"MG", 261, "34", 9, R"(3[2-9]\d{7})"},
}};

// Latvia and Lithuania: the premiumRate type.
constexpr std::array<ForeignRange, 4> kPremiumRates{{
    {"LV", 371, "90", 8, R"(90\d{6})"},
    {"LT", 370, "900", 8, R"(9(?:0[0239]|10)\d{5})"},
    {"CU", 53, "5", 8, R"((?:5\d|6[2-4])\d{6})"},
    {"SO", 252, "61", 9,
     R"((?:(?:15|(?:3[59]|4[89]|6\d|7[0-35-9]|8[08])\d|9(?:0\d|[2-9]))\d|2(?:4\d|8))\d{5}|(?:[67]\d\d|904)\d{5})"},
}};

// Tunisia's range is the Wangiri callers' own: the country and the range alone do not tell a campaign from family.
constexpr std::array<ForeignRange, 5> kDiaspora{{
    {"MA", 212, "66", 9, R"((?:6(?:[0-79]\d|8[0-247-9])|7(?:[016-8]\d|2[0-8]|5[0-5]))\d{6})"},
    {"TR", 90, "53", 10, R"(561(?:011|61\d)\d{4}|5(?:[03-5]\d|1[06]|24|6[24]|7[245]|9[46])\d{7})"},
    {"CD", 243, "81", 9, R"(88\d{5}|(?:8[0-69]|9[016-9])\d{7})"},
    {"TN", 216, "9", 8, kTunisiaMobile},
    {"CM", 237, "67", 9, R"((?:24[23]|6(?:[25-9]\d|4[0-2]))\d{6})"},
}};

int decimalDigits(int value)
{
    return static_cast<int>(std::to_string(value).size());
}

} // namespace

std::span<const ForeignRange> ForeignRanges::ranges(ForeignRangeUse use)
{
    switch (use) {
    case ForeignRangeUse::WangiriCaller:
        return kWangiriCallers;
    case ForeignRangeUse::PremiumRate:
        return kPremiumRates;
    case ForeignRangeUse::Diaspora:
        return kDiaspora;
    }
    throw std::invalid_argument("ForeignRanges: unknown use " + std::to_string(static_cast<int>(use)));
}

std::uint64_t ForeignRanges::draw(ForeignRangeUse use, RandomStream &random)
{
    const std::span<const ForeignRange> all = ranges(use);
    return drawIn(all[random.below(all.size())], random); // ranges of a use are equally likely
}

std::uint64_t ForeignRanges::drawIn(const ForeignRange &range, RandomStream &random)
{
    const int free = range.nationalDigits - static_cast<int>(range.prefix.size());
    if (range.countryCode < 1 || range.prefix.empty() || free < 0
        || decimalDigits(range.countryCode) + range.nationalDigits > 15
        || !std::all_of(range.prefix.begin(), range.prefix.end(), [](char c) { return c >= '0' && c <= '9'; }))
        throw std::invalid_argument("ForeignRanges: range of " + std::string(range.country) + " has prefix \""
                                    + std::string(range.prefix) + "\" and " + std::to_string(range.nationalDigits)
                                    + " national digits: not a national prefix inside a number of at most 15 digits");
    std::uint64_t number = static_cast<std::uint64_t>(range.countryCode);
    for (char c : range.prefix)
        number = number * 10 + static_cast<std::uint64_t>(c - '0');
    std::uint64_t scale = 1;
    for (int d = 0; d < free; ++d)
        scale *= 10;
    return number * scale + random.below(scale);
}

int ForeignRanges::longestE164Digits()
{
    int longest = 0;
    for (ForeignRangeUse use :
         {ForeignRangeUse::WangiriCaller, ForeignRangeUse::PremiumRate, ForeignRangeUse::Diaspora})
        for (const ForeignRange &range : ranges(use))
            longest = std::max(longest, decimalDigits(range.countryCode) + range.nationalDigits);
    return longest;
}

} // namespace cdr
