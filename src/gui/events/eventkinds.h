#pragma once

#include "calendar/eventcalendar.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace cdr::gui {

// How the app shows each kind of calendar event: the same colour on the Events page's map and in the preview's
// chart of records per hour, and a translated name for legends.
class EventKinds {
    Q_DECLARE_TR_FUNCTIONS(EventKinds)

public:
    static QColor colour(CalendarEvent::Kind kind);
    static QString label(CalendarEvent::Kind kind);
};

} // namespace cdr::gui
