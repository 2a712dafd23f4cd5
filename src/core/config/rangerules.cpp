#include "config/belgiumoverlap.h"
#include "config/configrules.h"

namespace cdr {

namespace {

constexpr double kMaxDurationSeconds = 30.0 * 86400; // a month: anything longer is a typo, not a call
constexpr double kMaxAntennas = 10'000'000;

} // namespace

void ConfigRules::checkRanges(const Config &config)
{
    const struct {
        const char *path;
        const IntRange &range;
        double lowest;
        double highest;
        const char *unit;
    } ranges[] = {{"ranges.duration", config.duration, 0, kMaxDurationSeconds, " s"},
                  {"ranges.antenna_id", config.antennaId, 0, 9.2e18, ""},
                  {"ranges.altitude", config.altitude, -500, 9000, " m"}};
    for (const auto &r : ranges) {
        const std::string path = r.path;
        checkBounds(path + ".min", static_cast<double>(r.range.min), r.lowest, r.highest, r.unit);
        checkBounds(path + ".max", static_cast<double>(r.range.max), r.lowest, r.highest, r.unit);
        if (r.range.min > r.range.max)
            error(path, "min (" + std::to_string(r.range.min) + ") must be <= max (" + std::to_string(r.range.max)
                            + ")");
    }
    const auto &ids = config.antennaId;
    // Computed in double: max - min + 1 could overflow int64 for absurd values.
    if (ids.min <= ids.max && static_cast<double>(ids.max) - static_cast<double>(ids.min) + 1 > kMaxAntennas)
        error("ranges.antenna_id", "spans " + formatNumber(static_cast<double>(ids.max) - ids.min + 1)
                                       + " antennas, at most 10000000 are supported");
}

void ConfigRules::checkGeography(const Config &config)
{
    const auto &lat = config.latitude;
    const auto &lon = config.longitude;
    const std::size_t before = m_issues.size();
    checkBounds("geography.latitude.min", lat.min, -90, 90, " degrees");
    checkBounds("geography.latitude.max", lat.max, -90, 90, " degrees");
    checkBounds("geography.longitude.min", lon.min, -180, 180, " degrees");
    checkBounds("geography.longitude.max", lon.max, -180, 180, " degrees");
    if (lat.min > lat.max)
        error("geography.latitude", "min (" + formatNumber(lat.min) + ") must be <= max (" + formatNumber(lat.max) + ")");
    if (lon.min > lon.max)
        error("geography.longitude",
              "min (" + formatNumber(lon.min) + ") must be <= max (" + formatNumber(lon.max) + ")");
    if (m_issues.size() != before)
        return; // an invalid box cannot be tested against the border meaningfully
    const auto &belgium = Geography::instance().belgium();
    if (!belgium.empty() && !boxOverlapsPolygons(lat, lon, belgium))
        error("geography", "the box latitude " + formatNumber(lat.min) + ".." + formatNumber(lat.max) + ", longitude "
                               + formatNumber(lon.min) + ".." + formatNumber(lon.max)
                               + " does not overlap Belgium (about latitude 49.50..51.51, longitude 2.54..6.41)");
}

} // namespace cdr
