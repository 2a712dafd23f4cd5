#pragma once

#include "run/runrequest.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace cdr::gui {

// The run's speed over time: rows/s between two progress reports (left axis) and the latency of the slowest batch
// written since the previous report (right axis, ms), one point per report, so a sink that slows down or stalls is
// seen while the run goes on.
class RunChart : public QChartView {
    Q_OBJECT
public:
    explicit RunChart(QWidget *parent = nullptr);

    void clear();
    void addProgress(const RunProgress &progress);
    int pointCount() const;        // rows/s points
    int latencyPointCount() const; // batch latency points

private:
    QLineSeries *m_rate;
    QLineSeries *m_latency;
    QValueAxis *m_time;
    QValueAxis *m_rateAxis;
    QValueAxis *m_latencyAxis;
    double m_maxRate = 0;
    double m_maxLatency = 0;
    std::int64_t m_lastDone = 0;
    double m_lastElapsed = 0;
};

} // namespace cdr::gui
