#pragma once

#include "calendar/eventcalendar.h"
#include "synth/worldmodel.h"

#include <cstdint>
#include <vector>

namespace cdr {

// How the calendar's events change a record, for the engine (docs/realism.md "Calendar"):
// - a subscriber who attends a gathering is on one of the venue's antennas of their operator during it;
//   attendees are a share attendance / Belgium's population of the subscribers, drawn per (gathering, subscriber);
// - an antenna down in an outage carries nothing: its records go to the nearest working antenna of the operator;
// - attempts fail more often on a congested venue's antennas, at New Year's midnight and, for traffic moved off a
//   failed antenna, in the outage's first minutes.
// Holidays and the New Year surge of traffic are the time profile's part (TimeProfile).
class EventEffects {
public:
    // Statbel, population of Belgium on 1 January 2024.
    static constexpr double kBelgianPopulation = 11'763'650;

    EventEffects(const EventCalendar &calendar, const std::vector<Antenna> &antennas, std::uint64_t seed,
                 std::int64_t periodStart, std::int64_t periodEnd);

    // False for the hours no gathering, outage or New Year window touches: the common case costs one load.
    bool anyAt(std::int64_t when) const
    {
        const std::int64_t hour = when / 3600 - m_firstHour;
        return hour >= 0 && static_cast<std::size_t>(hour) < m_busyHours.size()
            && m_busyHours[static_cast<std::size_t>(hour)];
    }

    struct Placement {
        std::uint32_t antenna;
        double failureShare; // the highest failure share an event imposes on this side of the record (0 = none)
    };
    // Where a subscriber's side of a record at `when` is, given where it would have been (call when anyAt(when)).
    // `choice` picks among a venue's antennas.
    Placement place(std::uint32_t subscriber, std::uint16_t op, std::uint32_t antenna, std::int64_t when,
                    std::uint64_t choice) const;
    // An attendee spends a gathering's day around it: with probability kPulledShare, a record of theirs on the day
    // the gathering starts, outside its window, moves into the window (to the same relative position in it), so
    // their traffic gathers at the venue. Other records keep their time.
    static constexpr double kPulledShare = 0.5;
    std::int64_t pullToGathering(std::uint32_t subscriber, std::int64_t when, std::uint64_t choice) const;
    bool gatheringDay(std::int64_t when) const
    {
        const std::int64_t day = when / 86400 - m_firstDay;
        return day >= 0 && static_cast<std::size_t>(day) < m_gatheringDays.size()
            && m_gatheringDays[static_cast<std::size_t>(day)];
    }
    // New Year's failure share at `when` (0 outside).
    double nationwideFailureShare(std::int64_t when) const;

private:
    struct Gathering {
        std::int64_t start, end;
        double attendeeShare;
        double failureShare;
        std::uint64_t key;
        std::vector<std::vector<std::uint32_t>> antennasByOperator;
        std::vector<std::uint32_t> antennas; // ascending
        bool attends(std::uint64_t seed, std::uint32_t subscriber) const;
    };
    struct Outage {
        std::int64_t start, end, spikeEnd;
        double failureShare;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> replacement; // (down antenna, nearest working), ascending
    };
    struct Window {
        std::int64_t start, end;
        double failureShare;
    };

    std::uint64_t m_seed;
    std::int64_t m_firstHour;
    std::vector<std::uint8_t> m_busyHours;
    std::int64_t m_firstDay;
    std::vector<std::uint8_t> m_gatheringDays;
    std::vector<Gathering> m_gatherings;
    std::vector<Outage> m_outages;
    std::vector<Window> m_newYears;
};

} // namespace cdr
