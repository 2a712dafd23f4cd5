#include "calendar/eventeffects.h"

#include "geo/geomath.h"
#include "synth/randomstream.h"

#include <algorithm>
#include <limits>

namespace cdr {

namespace {

std::int64_t hourOf(std::int64_t seconds)
{
    return seconds / 3600 - ((seconds % 3600 != 0) && (seconds < 0) ? 1 : 0);
}

// The nearest antenna of `down`'s operator that is not down itself.
std::uint32_t nearestWorking(std::uint32_t down, const std::vector<std::uint32_t> &allDown,
                             const std::vector<Antenna> &antennas)
{
    const Antenna &from = antennas[down];
    double best = std::numeric_limits<double>::infinity();
    std::uint32_t chosen = down;
    for (std::uint32_t i = 0; i < antennas.size(); ++i) {
        if (antennas[i].operatorIndex != from.operatorIndex
            || std::binary_search(allDown.begin(), allDown.end(), i))
            continue;
        const double km = GeoMath::distanceKm(from.lat, from.lon, antennas[i].lat, antennas[i].lon);
        if (km < best)
            best = km, chosen = i;
    }
    return chosen;
}

} // namespace

EventEffects::EventEffects(const EventCalendar &calendar, const std::vector<Antenna> &antennas, std::uint64_t seed,
                           std::int64_t periodStart, std::int64_t periodEnd)
    : m_seed(seed), m_firstHour(hourOf(periodStart)), m_firstDay(m_firstHour / 24 - (m_firstHour % 24 < 0 ? 1 : 0))
{
    m_gatheringDays.assign(static_cast<std::size_t>(std::max<std::int64_t>(hourOf(periodEnd) / 24 - m_firstDay + 1, 0)),
                           0);
    m_busyHours.assign(static_cast<std::size_t>(std::max<std::int64_t>(hourOf(periodEnd) - m_firstHour + 1, 0)), 0);
    auto markBusy = [&](std::int64_t start, std::int64_t end) {
        for (std::int64_t hour = std::max(hourOf(start), m_firstHour); hour <= hourOf(end); ++hour)
            if (static_cast<std::size_t>(hour - m_firstHour) < m_busyHours.size())
                m_busyHours[static_cast<std::size_t>(hour - m_firstHour)] = 1;
    };
    for (const CalendarEvent &event : calendar.events()) {
        switch (event.kind) {
        case CalendarEvent::Kind::Holiday:
            break;
        case CalendarEvent::Kind::NewYear:
            m_newYears.push_back({event.start, event.end, event.failureShare});
            markBusy(event.start, event.end);
            break;
        case CalendarEvent::Kind::Gathering: {
            Gathering g{event.start, event.end, std::min(1.0, double(event.attendance) / kBelgianPopulation),
                        event.failureShare, std::uint64_t(event.id), {}, event.antennas};
            for (std::uint32_t a : event.antennas) {
                if (antennas[a].operatorIndex >= g.antennasByOperator.size())
                    g.antennasByOperator.resize(antennas[a].operatorIndex + 1u);
                g.antennasByOperator[antennas[a].operatorIndex].push_back(a);
            }
            m_gatherings.push_back(std::move(g));
            markBusy(event.start, event.end);
            if (const std::int64_t day = event.start / 86400;
                static_cast<std::size_t>(day - m_firstDay) < m_gatheringDays.size()) {
                markBusy(day * 86400, day * 86400 + 86399);
                m_gatheringDays[static_cast<std::size_t>(day - m_firstDay)] = 1;
            }
            break;
        }
        case CalendarEvent::Kind::Outage: {
            Outage o{event.start, event.end, event.start + event.spikeSeconds, event.failureShare, {}};
            for (std::uint32_t a : event.antennas)
                o.replacement.emplace_back(a, nearestWorking(a, event.antennas, antennas));
            m_outages.push_back(std::move(o));
            markBusy(event.start, event.end);
            break;
        }
        }
    }
}

EventEffects::Placement EventEffects::place(std::uint32_t subscriber, std::uint16_t op, std::uint32_t antenna,
                                            std::int64_t when, std::uint64_t choice) const
{
    Placement result{antenna, 0};
    for (const Gathering &g : m_gatherings) {
        if (when < g.start || when > g.end)
            continue;
        if (g.attends(m_seed, subscriber) && op < g.antennasByOperator.size()
            && !g.antennasByOperator[op].empty()) {
            const auto &venue = g.antennasByOperator[op];
            result.antenna = venue[static_cast<std::size_t>(choice % venue.size())];
        }
    }
    for (const Outage &o : m_outages) {
        if (when < o.start || when > o.end)
            continue;
        const auto down = std::lower_bound(o.replacement.begin(), o.replacement.end(),
                                           std::make_pair(result.antenna, std::uint32_t(0)));
        if (down != o.replacement.end() && down->first == result.antenna) {
            result.antenna = down->second;
            if (when < o.spikeEnd)
                result.failureShare = std::max(result.failureShare, o.failureShare);
        }
    }
    for (const Gathering &g : m_gatherings)
        if (when >= g.start && when <= g.end
            && std::binary_search(g.antennas.begin(), g.antennas.end(), result.antenna))
            result.failureShare = std::max(result.failureShare, g.failureShare);
    return result;
}

bool EventEffects::Gathering::attends(std::uint64_t seed, std::uint32_t subscriber) const
{
    return RandomStream(seed, StreamKind::Events, mix64(key) + subscriber).uniform() < attendeeShare;
}

std::int64_t EventEffects::pullToGathering(std::uint32_t subscriber, std::int64_t when, std::uint64_t choice) const
{
    const std::int64_t dayStart = when - ((when % 86400) + 86400) % 86400;
    for (const Gathering &g : m_gatherings) {
        if (g.start < dayStart || g.start > dayStart + 86399 || (when >= g.start && when <= g.end))
            continue;
        if (static_cast<double>(choice >> 11) * 0x1.0p-53 >= kPulledShare || !g.attends(m_seed, subscriber))
            continue;
        return g.start + (when - dayStart) * (g.end - g.start + 1) / 86400;
    }
    return when;
}

double EventEffects::nationwideFailureShare(std::int64_t when) const
{
    double share = 0;
    for (const Window &w : m_newYears)
        if (when >= w.start && when <= w.end)
            share = std::max(share, w.failureShare);
    return share;
}

} // namespace cdr
