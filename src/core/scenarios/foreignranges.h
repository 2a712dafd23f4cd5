#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace cdr {

class RandomStream;

// Foreign numbers the scenarios need, each valid for its country per libphonenumber's metadata
// (resources/data/SOURCES.md), drawn uniformly inside real number ranges:
//   WangiriCaller  mobiles of countries whose high termination rates Wangiri campaigns exploit;
//   PremiumRate    international premium-rate and high-cost ranges IRSF calls pump traffic to;
//   Diaspora       mobiles of countries with large communities in Belgium, which ordinary subscribers call and are
//                  called from: the legitimate background that keeps "a call from or to those countries" from being
//                  a rule that finds the fraud by itself. Some countries are in both WangiriCaller and Diaspora.
enum class ForeignRangeUse : std::uint8_t { WangiriCaller, PremiumRate, Diaspora };

struct ForeignRange {
    std::string_view country;    // ISO 3166-1 alpha-2, "TN"
    int countryCode;             // 216
    std::string_view prefix;     // national digits every number of the range starts with, "9"
    int nationalDigits;          // national significant number length, prefix included
    std::string_view pattern;    // libphonenumber's pattern for the number type, for tests and docs
};

class ForeignRanges {
public:
    static std::span<const ForeignRange> ranges(ForeignRangeUse use);
    // E.164 digits (country code then national number) of a number in the use's ranges.
    static std::uint64_t draw(ForeignRangeUse use, RandomStream &random);
    // The same, in one given range of ranges(use) (a campaign keeps its own country).
    static std::uint64_t drawIn(const ForeignRange &range, RandomStream &random);
    // Digits of the longest E.164 number draw() can return for any use.
    static int longestE164Digits();
};

} // namespace cdr
