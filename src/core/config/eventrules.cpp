#include "config/configrules.h"
#include "config/periodtime.h"

namespace cdr {

struct ConfigRules::EventHead {
    const std::string &name;
    const EventArea &area;
    const std::string &start;
    const std::string &end;
};

void ConfigRules::checkEventHead(const std::string &path, const EventHead &event, bool enabled, const Config &config)
{
    if (event.name.empty())
        error(path + ".name", "must name the event (it is written to <table>_events)");
    if (event.name.find_first_of("\r\n") != std::string::npos)
        error(path + ".name", "must be one line, got \"" + event.name + "\"");
    // A switched-off event changes no record, so a narrowed geography box does not make it an error.
    if (enabled) {
        checkBounds(path + ".latitude", event.area.latitude, config.latitude.min, config.latitude.max);
        checkBounds(path + ".longitude", event.area.longitude, config.longitude.min, config.longitude.max);
    }
    checkBounds(path + ".radius_km", event.area.radiusKm, 0.05, 50, " km");
    const auto start = parsePeriodTime(event.start);
    const auto end = parsePeriodTime(event.end);
    const std::string format = "\"YYYY-MM-DD HH:MM:SS\" (or \"YYYY-MM-DD\")";
    if (!start)
        error(path + ".start", "must be " + format + ", got \"" + event.start + "\"");
    if (!end)
        error(path + ".end", "must be " + format + ", got \"" + event.end + "\"");
    if (start && end && *start >= *end)
        error(path, "start (" + event.start + ") must be before end (" + event.end + ")");
    const auto periodStart = parsePeriodTime(config.generation.periodStart);
    const auto periodEnd = parsePeriodTime(config.generation.periodEnd);
    if (start && end && periodStart && periodEnd && (*end < *periodStart || *start > *periodEnd))
        warning(path, "falls outside generation.period (" + config.generation.periodStart + " to "
                          + config.generation.periodEnd + "): it changes no record");
}

void ConfigRules::checkEvents(const Config &config)
{
    const EventsConfig &e = config.events;
    checkBounds("events.new_year.minutes", e.newYear.minutes, 1, 1440, " min");
    checkBounds("events.new_year.surge", e.newYear.surge, 1, 100);
    checkBounds("events.new_year.failure_share", e.newYear.failureShare, 0, 1);
    for (std::size_t i = 0; i < e.gatherings.size(); ++i) {
        const GatheringConfig &g = e.gatherings[i];
        const std::string path = "events.gatherings[" + std::to_string(i) + "]";
        checkEventHead(path, {g.name, g.area, g.start, g.end}, g.enabled, config);
        checkBounds(path + ".attendance", static_cast<double>(g.attendance), 1, 10'000'000);
        checkBounds(path + ".failure_share", g.failureShare, 0, 1);
    }
    for (std::size_t i = 0; i < e.outages.size(); ++i) {
        const OutageConfig &o = e.outages[i];
        const std::string path = "events.outages[" + std::to_string(i) + "]";
        checkEventHead(path, {o.name, o.area, o.start, o.end}, o.enabled, config);
        checkBounds(path + ".spike_minutes", o.spikeMinutes, 0, 1440, " min");
        checkBounds(path + ".failure_share", o.failureShare, 0, 1);
    }
}

} // namespace cdr
