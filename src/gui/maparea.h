#pragma once

#include <QColor>
#include <QString>

namespace cdr::gui {

// A circle of the map around a point, radius in km: an event's venue or outage area (events.gatherings[],
// events.outages[]). A disabled event's circle is dashed; the selected one is drawn bolder.
struct MapArea {
    double latitude = 0;
    double longitude = 0;
    double radiusKm = 1;
    QColor colour;
    QString label;
    bool enabled = true;
    bool selected = false;
};

} // namespace cdr::gui
