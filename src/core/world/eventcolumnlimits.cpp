#include "world/eventcolumnlimits.h"

#include "calendar/eventcalendar.h"
#include "config/utf8text.h"
#include "model/schema.h"
#include "synth/antennaplanner.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace cdr {

namespace {

std::size_t longestAntennaList(const Config &config, const RunValueLimits &limits)
{
    const auto idColumn = std::find_if(kCdrColumns.begin(), kCdrColumns.end(),
                                       [](const Column &c) { return c.name == "antenna_id_emission"; });
    const std::size_t idLength = limits.longestText[std::size_t(idColumn - kCdrColumns.begin())];
    const std::int64_t antennas = std::clamp<std::int64_t>(config.antennaId.max - config.antennaId.min + 1, 1,
                                                           AntennaPlanner::kMaxAntennas);
    return std::size_t(antennas) * (idLength + 1) - 1; // ids joined by ","
}

} // namespace

void limitEventColumn(ExpectedColumn &column, const Config &config, const RunValueLimits &limits)
{
    const std::vector<CalendarEvent> events = EventCalendar(config, {}).events();
    const auto longest = [&](auto text) {
        std::size_t length = 0;
        for (const CalendarEvent &event : events)
            length = std::max(length, utf8CodePoints(text(event)));
        return length;
    };
    if (column.name == "event_id") {
        column.smallest = 1;
        column.largest = std::int64_t(events.size());
    } else if (column.name == "kind") {
        column.longestText =
            longest([](const CalendarEvent &e) { return std::string_view(CalendarEvent::kindName(e.kind)); });
        column.example = "holiday";
    } else if (column.name == "name") {
        column.longestText = longest([](const CalendarEvent &e) { return std::string_view(e.name); });
        column.example = "Christmas";
    } else if (column.name == "antenna_ids") {
        const bool local = std::any_of(events.begin(), events.end(), [](const CalendarEvent &e) {
            return e.kind == CalendarEvent::Kind::Gathering || e.kind == CalendarEvent::Kind::Outage;
        });
        column.longestText = local ? longestAntennaList(config, limits) : 0;
        column.example = "ANT17,ANT18";
    } else if (column.name == "parameters") {
        column.longestText = longest([](const CalendarEvent &e) { return std::string_view(e.parameters); });
        column.example = "minutes=45;surge=6;failure_share=0.12";
    }
}

} // namespace cdr
