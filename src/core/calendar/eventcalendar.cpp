#include "calendar/eventcalendar.h"

#include "calendar/belgianholidays.h"
#include "config/configrules.h"
#include "config/periodtime.h"
#include "geo/geomath.h"
#include "synth/civiltime.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace cdr {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t floorDay(std::int64_t seconds)
{
    return seconds / kDay - ((seconds % kDay != 0) && (seconds < 0) ? 1 : 0);
}

std::string parameter(const char *key, double value)
{
    return std::string(key) + "=" + formatNumber(value);
}

std::string areaParameters(const EventArea &area)
{
    return parameter("latitude", area.latitude) + ";" + parameter("longitude", area.longitude) + ";"
        + parameter("radius_km", area.radiusKm);
}

} // namespace

const char *CalendarEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Holiday:
        return "holiday";
    case Kind::NewYear:
        return "new_year";
    case Kind::Gathering:
        return "gathering";
    case Kind::Outage:
        return "outage";
    }
    return "";
}

std::vector<std::uint32_t> EventCalendar::antennasOf(const EventArea &area, const std::vector<Antenna> &antennas)
{
    std::vector<std::uint32_t> chosen;
    std::vector<std::pair<double, std::uint32_t>> nearestPerOperator;
    for (std::uint32_t i = 0; i < antennas.size(); ++i) {
        const Antenna &a = antennas[i];
        const double km = GeoMath::distanceKm(area.latitude, area.longitude, a.lat, a.lon);
        if (km <= area.radiusKm)
            chosen.push_back(i);
        if (a.operatorIndex >= nearestPerOperator.size())
            nearestPerOperator.resize(a.operatorIndex + 1u, {std::numeric_limits<double>::infinity(), 0});
        auto &nearest = nearestPerOperator[a.operatorIndex];
        if (km < nearest.first)
            nearest = {km, i};
    }
    for (const auto &[km, index] : nearestPerOperator)
        if (km != std::numeric_limits<double>::infinity())
            chosen.push_back(index);
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    return chosen;
}

EventCalendar::EventCalendar(const Config &config, const std::vector<Antenna> &antennas)
{
    const auto periodStart = parsePeriodTime(config.generation.periodStart);
    const auto periodEnd = parsePeriodTime(config.generation.periodEnd);
    if (!periodStart || !periodEnd)
        return;
    const EventsConfig &e = config.events;
    auto add = [&](CalendarEvent event) {
        if (event.end < *periodStart || event.start > *periodEnd || event.end < event.start)
            return;
        event.start = std::max(event.start, *periodStart);
        event.end = std::min(event.end, *periodEnd);
        m_events.push_back(std::move(event));
    };

    std::vector<CalendarEvent> dated;
    if (e.holidays) {
        for (const BelgianHoliday &h : BelgianHolidays::between(floorDay(*periodStart), floorDay(*periodEnd))) {
            CalendarEvent event;
            event.kind = CalendarEvent::Kind::Holiday;
            event.name = h.name;
            event.start = h.day * kDay;
            event.end = h.day * kDay + kDay - 1;
            event.parameters = parameter("weekend_activity", config.realism.weekendActivity);
            dated.push_back(std::move(event));
        }
    }
    if (e.newYear.enabled) {
        const int firstYear = CivilTime::civilFromDays(floorDay(*periodStart)).year;
        const int lastYear = CivilTime::civilFromDays(floorDay(*periodEnd)).year;
        for (int year = firstYear; year <= lastYear; ++year) {
            const std::int64_t newYear = CivilTime::daysFromCivil({year, 1, 1});
            CalendarEvent event;
            event.kind = CalendarEvent::Kind::NewYear;
            event.name = "New Year's midnight " + std::to_string(year);
            event.start = newYear * kDay;
            event.end = event.start + std::int64_t(e.newYear.minutes) * 60 - 1;
            event.surge = e.newYear.surge;
            event.failureShare = e.newYear.failureShare;
            event.parameters = parameter("minutes", e.newYear.minutes) + ";" + parameter("surge", e.newYear.surge)
                + ";" + parameter("failure_share", e.newYear.failureShare);
            dated.push_back(std::move(event));
        }
    }
    std::stable_sort(dated.begin(), dated.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    for (CalendarEvent &event : dated)
        add(std::move(event));

    // What a gathering and an outage share: a name, a window and an area with its antennas.
    auto placed = [&](CalendarEvent::Kind kind, const auto &configured) -> std::optional<CalendarEvent> {
        const auto start = parsePeriodTime(configured.start), end = parsePeriodTime(configured.end);
        if (!configured.enabled || !start || !end)
            return std::nullopt;
        CalendarEvent event;
        event.kind = kind;
        event.name = configured.name;
        event.start = *start;
        event.end = *end;
        event.antennas = antennasOf(configured.area, antennas);
        event.failureShare = configured.failureShare;
        event.area = configured.area;
        return event;
    };
    for (const GatheringConfig &g : e.gatherings) {
        if (auto event = placed(CalendarEvent::Kind::Gathering, g)) {
            event->attendance = g.attendance;
            event->parameters = areaParameters(g.area) + ";" + parameter("attendance", double(g.attendance)) + ";"
                + parameter("failure_share", g.failureShare);
            add(std::move(*event));
        }
    }
    for (const OutageConfig &o : e.outages) {
        if (auto event = placed(CalendarEvent::Kind::Outage, o)) {
            event->spikeSeconds = std::int64_t(o.spikeMinutes) * 60;
            event->parameters = areaParameters(o.area) + ";" + parameter("spike_minutes", o.spikeMinutes) + ";"
                + parameter("failure_share", o.failureShare);
            add(std::move(*event));
        }
    }
    for (std::size_t i = 0; i < m_events.size(); ++i)
        m_events[i].id = static_cast<std::int32_t>(i + 1);
}

} // namespace cdr
