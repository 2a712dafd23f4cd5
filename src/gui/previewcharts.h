#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace cdr::gui {

// The three distribution charts of the preview: calls per hour of day, duration histogram by call type and
// operator shares (configured vs generated), so the shape of the data is visible before anything is loaded.
class PreviewCharts : public QWidget {
    Q_OBJECT
public:
    explicit PreviewCharts(QWidget *parent = nullptr);

    void setRecords(const Config &config, const std::vector<CdrRecord> &records);
    void clear();
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
    int m_points[3] = {0, 0, 0};
};

} // namespace cdr::gui
