#include "eventkinds.h"

namespace cdr::gui {

QColor EventKinds::colour(CalendarEvent::Kind kind)
{
    switch (kind) {
    case CalendarEvent::Kind::Holiday: return QColor(0x2ca02c);
    case CalendarEvent::Kind::NewYear: return QColor(0x9467bd);
    case CalendarEvent::Kind::Gathering: return QColor(0xff7f0e);
    case CalendarEvent::Kind::Outage: return QColor(0xd62728);
    }
    return QColor(0x7f7f7f);
}

QString EventKinds::label(CalendarEvent::Kind kind)
{
    switch (kind) {
    case CalendarEvent::Kind::Holiday: return tr("Public holiday");
    case CalendarEvent::Kind::NewYear: return tr("New Year's midnight");
    case CalendarEvent::Kind::Gathering: return tr("Mass gathering");
    case CalendarEvent::Kind::Outage: return tr("Cell outage");
    }
    return {};
}

} // namespace cdr::gui
