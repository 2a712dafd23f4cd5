#pragma once

#include "config/config.h"
#include "synth/worldmodel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cdr {

// One event of the run's period, as it is written to <table>_events and as the engine applies it.
struct CalendarEvent {
    enum class Kind : std::uint8_t { Holiday, NewYear, Gathering, Outage };

    std::int32_t id = 0; // event_id: 1.. in the order of events()
    Kind kind = Kind::Holiday;
    std::string name;
    std::int64_t start = 0; // wall-clock seconds since 1970 (like CdrRecord::startTime), inclusive
    std::int64_t end = 0;   // inclusive
    std::vector<std::uint32_t> antennas; // indexes into the world's antennas, ascending; empty = nationwide
    std::string parameters;              // "key=value;key=value" (the knobs that shaped the event)

    // What the engine needs of the configured event.
    double surge = 1;              // new year: traffic multiplier
    double failureShare = 0;       // share of attempts that fail (gathering: on its antennas; outage: in the spike)
    std::int64_t attendance = 0;   // gathering: people
    std::int64_t spikeSeconds = 0; // outage: length of the failure spike from its start
    EventArea area;                // gathering and outage: the configured place

    static const char *kindName(Kind kind); // holiday, new_year, gathering, outage
};

// The events of a run: the enabled events of the config that overlap generation.period, with the holidays and New
// Year's midnights the period holds, each clipped to the period, holidays and new years first, in time order, then
// gatherings and outages in config order. Built from (config, antennas) alone, so every shard and the world tables
// agree on it.
class EventCalendar {
public:
    EventCalendar(const Config &config, const std::vector<Antenna> &antennas);

    const std::vector<CalendarEvent> &events() const { return m_events; }

    // The antennas of an area: those within radius_km of its point and, whatever the radius, the nearest antenna
    // of every operator (so every attendee's operator has a venue antenna and every outage takes one site down).
    static std::vector<std::uint32_t> antennasOf(const EventArea &area, const std::vector<Antenna> &antennas);

private:
    std::vector<CalendarEvent> m_events;
};

} // namespace cdr
