#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cdr {

// What the calendar's events did to the records, read from the records and the events as <table>_events holds
// them (scripts/bench realism and the tests): for each event, the records and the failure share in its window and
// in the same window a week earlier (a week later when that falls before the period).
// - holiday and new_year: all records (nationwide);
// - gathering: records on the venue's antennas;
// - outage: records on the antennas that were down (0 inside the window), and the failure share of the records
//   within 2 km of the area (down antennas excluded) during the first spike_minutes.
class EventEffectMetrics {
public:
    static constexpr double kOutageNeighbourhoodKm = 2.0;

    struct Side {
        std::int32_t antenna = 0; // ANT number; 0 = no antenna on this side
        double lat = 0, lon = 0;
    };
    struct Record {
        std::int64_t startTime = 0;
        bool failed = false;
        Side emission;
        Side reception;
    };
    struct Event {
        std::int32_t id = 0;
        std::string kind; // holiday, new_year, gathering, outage
        std::string name;
        std::int64_t start = 0, end = 0; // inclusive
        std::vector<std::int32_t> antennas;
        std::map<std::string, double> parameters;
    };
    struct Counts {
        std::int64_t records = 0;
        std::int64_t failed = 0;
        double failureShare() const
        {
            return records > 0 ? static_cast<double>(failed) / static_cast<double>(records) : 0;
        }
    };
    struct Effect {
        Event event;
        std::int64_t baselineShift = 0; // seconds added to the window for the baseline (-7 or +7 days)
        Counts during;
        Counts baseline;
        Counts spike;         // outage: the neighbourhood in the first spike_minutes
        Counts spikeBaseline; // the same a week apart
    };

    EventEffectMetrics(std::vector<Event> events, std::int64_t periodStart);

    void add(const Record &record);
    const std::vector<Effect> &effects() const { return m_effects; }

    // "ANT12,ANT40" -> {12, 40}; "latitude=50.9;radius_km=1" -> {{latitude, 50.9}, {radius_km, 1}}.
    static std::vector<std::int32_t> parseAntennaIds(const std::string &text);
    static std::map<std::string, double> parseParameters(const std::string &text);

private:
    std::vector<Effect> m_effects;
};

} // namespace cdr
