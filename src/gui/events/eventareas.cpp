#include "eventareas.h"

#include "eventkinds.h"

namespace cdr::gui {

namespace {

template <typename Event>
void appendAreas(std::vector<MapArea> &areas, const std::vector<Event> &events, CalendarEvent::Kind kind,
                 int selectedIndex)
{
    for (const Event &event : events) {
        const bool selected = static_cast<int>(areas.size()) == selectedIndex;
        areas.push_back({event.area.latitude, event.area.longitude, event.area.radiusKm, EventKinds::colour(kind),
                         QString::fromStdString(event.name), event.enabled, selected});
    }
}

} // namespace

std::vector<MapArea> eventAreas(const EventsConfig &events, int selectedIndex)
{
    std::vector<MapArea> areas;
    appendAreas(areas, events.gatherings, CalendarEvent::Kind::Gathering, selectedIndex);
    appendAreas(areas, events.outages, CalendarEvent::Kind::Outage, selectedIndex);
    return areas;
}

} // namespace cdr::gui
