#pragma once

#include "calendar/eventcalendar.h"
#include "config/config.h"
#include "model/cdrrecord.h"
#include "periodsample.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace cdr::gui {

class PeriodChart;

// The three distribution charts of the preview: calls per hour of day, duration histogram by call type and
// operator shares (configured vs generated), so the shape of the data is visible before anything is loaded; below
// them, records per hour over the whole period with the calendar's events (PeriodChart).
class PreviewCharts : public QWidget {
    Q_OBJECT
public:
    explicit PreviewCharts(QWidget *parent = nullptr);

    void setRecords(const Config &config, const std::vector<CdrRecord> &records);
    void setPeriod(const HourlyRecords &hourly, const std::vector<CalendarEvent> &events);
    void clear();
    PeriodChart *periodChart() const { return m_period; }
    // Number of data points plotted per chart (tests check the charts are filled).
    int pointCount(int chart) const;

    static std::vector<int> durationBinEdges();

private:
    void showHours(const std::vector<CdrRecord> &records);
    void showDurations(const Config &config, const std::vector<CdrRecord> &records);
    void showOperators(const Config &config, const std::vector<CdrRecord> &records);

    QChartView *m_hours;
    QChartView *m_durations;
    QChartView *m_operators;
    PeriodChart *m_period;
    int m_points[3] = {0, 0, 0};
};

} // namespace cdr::gui
