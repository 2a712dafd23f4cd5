#pragma once

#include "calendar/eventcalendar.h"
#include "periodsample.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QChartView;

namespace cdr::gui {

// Records per hour over the whole period, with the calendar's events shaded behind the curve: holidays, New Year,
// gatherings and outages each in their colour (EventKinds), one legend entry per kind.
class PeriodChart : public QWidget {
    Q_OBJECT
public:
    // One shaded event, with the event's own window (wall-clock seconds, inclusive end).
    struct Band {
        CalendarEvent::Kind kind;
        QString name;
        std::int64_t start;
        std::int64_t end;
    };

    explicit PeriodChart(QWidget *parent = nullptr);

    void show(const HourlyRecords &hourly, const std::vector<CalendarEvent> &events);
    void clear();
    const std::vector<Band> &bands() const { return m_bands; }
    const HourlyRecords &hourly() const { return m_hourly; }
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
    std::vector<Band> m_bands;
    HourlyRecords m_hourly;
};

} // namespace cdr::gui
