// TEMPORARY (lead): replaced by the scen-numbers branch's implementation on merge.
#include "scenarios/foreignranges.h"

#include "synth/randomstream.h"

#include <array>
#include <cmath>
#include <string>

namespace cdr {

namespace {

constexpr std::array<ForeignRange, 1> kWangiri{{{"TN", 216, "9", 8, "9\\d{7}"}}};
constexpr std::array<ForeignRange, 1> kPremium{{{"LV", 371, "90", 8, "90\\d{6}"}}};
constexpr std::array<ForeignRange, 2> kDiaspora{{{"MA", 212, "6", 9, "6\\d{8}"}, {"TN", 216, "9", 8, "9\\d{7}"}}};

} // namespace

std::span<const ForeignRange> ForeignRanges::ranges(ForeignRangeUse use)
{
    switch (use) {
    case ForeignRangeUse::WangiriCaller:
        return kWangiri;
    case ForeignRangeUse::PremiumRate:
        return kPremium;
    case ForeignRangeUse::Diaspora:
        return kDiaspora;
    }
    return kDiaspora;
}

std::uint64_t ForeignRanges::drawIn(const ForeignRange &range, RandomStream &random)
{
    const int free = range.nationalDigits - static_cast<int>(range.prefix.size());
    const auto scale = static_cast<std::uint64_t>(std::pow(10.0, free));
    const std::uint64_t national = std::stoull(std::string(range.prefix)) * scale + random.below(scale);
    return static_cast<std::uint64_t>(range.countryCode) * static_cast<std::uint64_t>(std::pow(10.0, range.nationalDigits))
        + national;
}

std::uint64_t ForeignRanges::draw(ForeignRangeUse use, RandomStream &random)
{
    const auto all = ranges(use);
    return drawIn(all[random.below(all.size())], random);
}

int ForeignRanges::longestE164Digits()
{
    return 12;
}

} // namespace cdr
