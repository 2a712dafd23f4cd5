#include "synth/offnetnumbers.h"

#include "geo/geomath.h"
#include "synth/randomstream.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <limits>

namespace cdr {

namespace {

// Mobile ranges of the neighbours: E.164 prefix and how many random digits follow it.
struct ForeignRange {
    std::uint64_t prefix;
    int digits;
};
// France +33 6[0-2] and 7[5-8] (9 national digits), the Netherlands +31 6[1-5] (9), Germany +49 151/152/170-175
// (11), Luxembourg +352 621/661/691 (9). Ranges of the same country are equally likely.
struct ForeignCountry {
    // Share of foreign calls: the country's share of the people with a tie across the Belgian border
    // (docs/realism.md, "Off-net callees: sources"; checked by tests/synth/test_offnet_sources.cpp).
    double weight;
    std::vector<ForeignRange> ranges;
};
const std::array<ForeignCountry, 4> &foreignCountries()
{
    static const std::array<ForeignCountry, 4> countries{{
        {0.45, {{3360, 7}, {3361, 7}, {3362, 7}, {3375, 7}, {3376, 7}, {3377, 7}, {3378, 7}}},
        {0.30, {{3161, 7}, {3162, 7}, {3163, 7}, {3164, 7}, {3165, 7}}},
        {0.11, {{49151, 8}, {49152, 8}, {49170, 8}, {49171, 8}, {49172, 8}, {49173, 8}, {49174, 8}, {49175, 8}}},
        {0.14, {{352621, 6}, {352661, 6}, {352691, 6}}},
    }};
    return countries;
}

std::uint64_t power10(int digits)
{
    std::uint64_t p = 1;
    while (digits-- > 0)
        p *= 10;
    return p;
}

} // namespace

const std::vector<OffNetNumbers::Zone> &OffNetNumbers::belgianZones()
{
    // Belgian geographic zones (BIPT numbering plan) and their main town.
    static const std::vector<Zone> zones{
        {2, 50.8504, 4.3488},  {3, 51.2205, 4.4003},  {4, 50.6326, 5.5797},  {9, 51.0500, 3.7167},
        {10, 50.7172, 4.6113}, {11, 50.9307, 5.3378}, {12, 50.7806, 5.4647}, {13, 50.9847, 5.0508},
        {14, 51.3227, 4.9447}, {15, 51.0257, 4.4776}, {16, 50.8796, 4.7009}, {19, 50.6956, 5.2552},
        {50, 51.2093, 3.2247}, {51, 50.9465, 3.1227}, {52, 51.0282, 4.1004}, {53, 50.9378, 4.0410},
        {54, 50.8345, 4.0224}, {55, 50.7453, 3.6002}, {56, 50.8280, 3.2649}, {57, 50.8514, 2.8857},
        {58, 51.0722, 2.6620}, {59, 51.2154, 2.9270}, {60, 50.0487, 4.3164}, {61, 49.9215, 5.3795},
        {63, 49.6833, 5.8167}, {64, 50.4800, 4.1860}, {65, 50.4542, 3.9523}, {67, 50.5974, 4.3285},
        {69, 50.6056, 3.3879}, {71, 50.4114, 4.4445}, {80, 50.3949, 5.9314}, {81, 50.4669, 4.8675},
        {82, 50.2606, 4.9122}, {83, 50.2937, 5.1006}, {84, 50.2283, 5.3444}, {85, 50.5183, 5.2398},
        {86, 50.3540, 5.4570}, {87, 50.5891, 5.8623}, {89, 50.9656, 5.5001},
    };
    return zones;
}

OffNetNumbers::OffNetNumbers(const RealismConfig &realism)
    : m_landlineShare(realism.landlineCallShare), m_foreignShare(realism.foreignCallShare)
{
}

std::uint32_t OffNetNumbers::zoneNear(double lat, double lon)
{
    const auto &zones = belgianZones();
    std::uint32_t best = 0;
    double bestKm = std::numeric_limits<double>::max();
    for (std::uint32_t z = 0; z < zones.size(); ++z) {
        const double km = GeoMath::distanceKm(lat, lon, zones[z].lat, zones[z].lon);
        if (km < bestKm)
            bestKm = km, best = z;
    }
    return best;
}

std::uint64_t OffNetNumbers::draw(std::uint32_t callerZone, RandomStream &random) const
{
    const double share = m_landlineShare + m_foreignShare;
    if (share > 0 && random.uniform() * share < m_landlineShare)
        return landline(callerZone, random);
    return foreignMobile(random);
}

int OffNetNumbers::longestE164Digits() const
{
    int longest = m_landlineShare > 0 ? kLongestLandlineE164Digits : 0;
    if (m_foreignShare > 0)
        for (const ForeignCountry &country : foreignCountries())
            for (const ForeignRange &range : country.ranges)
                longest = std::max(longest, int(std::to_string(range.prefix).size()) + range.digits);
    return longest;
}

// 8 national digits. One-digit zones: the next digit is 2-8 (Brussels, Antwerp), 2-3 (Liège, whose 04[5-9] is
// mobile) or 2-4 (Ghent). Two-digit zones: a subscriber number of 6 digits not starting with 0 or 1; zone 80 only
// has 80[2-8].
std::uint64_t OffNetNumbers::landline(std::uint32_t zone, RandomStream &random) const
{
    const int code = belgianZones()[zone].code;
    std::uint64_t national = 0;
    if (code < 10) {
        const int span = code == 4 ? 2 : code == 9 ? 3 : 7;
        const auto second = static_cast<std::uint64_t>(2 + random.below(static_cast<std::uint64_t>(span)));
        national = (static_cast<std::uint64_t>(code) * 10 + second) * 1'000'000 + random.below(1'000'000);
    } else {
        const std::uint64_t first = 2 + random.below(code == 80 ? 7 : 8);
        national = static_cast<std::uint64_t>(code) * 1'000'000 + first * 100'000 + random.below(100'000);
    }
    return 32'00000000ULL + national;
}

std::uint64_t OffNetNumbers::foreignMobile(RandomStream &random) const
{
    const auto &countries = foreignCountries();
    double u = random.uniform();
    const ForeignCountry *country = &countries.back();
    for (const ForeignCountry &c : countries) {
        if (u < c.weight) {
            country = &c;
            break;
        }
        u -= c.weight;
    }
    const ForeignRange &range = country->ranges[random.below(country->ranges.size())];
    const std::uint64_t scale = power10(range.digits);
    return range.prefix * scale + random.below(scale);
}

} // namespace cdr
