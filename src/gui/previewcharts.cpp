#include "previewcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace cdr::gui {

namespace {

QChartView *makeView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 180);
    return view;
}

// Replaces the chart's series and axes with one bar series over the categories.
void showBars(QChartView *view, QBarSeries *series, const QStringList &categories, double maxValue,
              const QString &valueTitle)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(1.0, maxValue * 1.1));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(valueTitle);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(series->count() > 1);
}

} // namespace

PreviewCharts::PreviewCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hours = makeView(tr("Calls per hour of day"), this);
    m_durations = makeView(tr("Duration by call type"), this);
    m_operators = makeView(tr("Operator shares (%)"), this);
    m_hours->setObjectName(QStringLiteral("hoursChart"));
    m_durations->setObjectName(QStringLiteral("durationChart"));
    m_operators->setObjectName(QStringLiteral("operatorChart"));
    layout->addWidget(m_hours);
    layout->addWidget(m_durations);
    layout->addWidget(m_operators);
}

std::vector<int> PreviewCharts::durationBinEdges()
{
    return {0, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600};
}

void PreviewCharts::clear()
{
    for (QChartView *view : {m_hours, m_durations, m_operators})
        view->chart()->removeAllSeries();
    std::fill(std::begin(m_points), std::end(m_points), 0);
}

int PreviewCharts::pointCount(int chart) const
{
    return chart >= 0 && chart < 3 ? m_points[chart] : 0;
}

void PreviewCharts::setRecords(const Config &config, const std::vector<CdrRecord> &records)
{
    showHours(records);
    showDurations(config, records);
    showOperators(config, records);
}

void PreviewCharts::showHours(const std::vector<CdrRecord> &records)
{
    std::vector<int> perHour(24, 0);
    for (const CdrRecord &r : records)
        ++perHour[static_cast<std::size_t>(((r.startTime % 86400) + 86400) % 86400 / 3600)];
    auto *set = new QBarSet(tr("Calls"));
    QStringList hours;
    for (int h = 0; h < 24; ++h) {
        *set << perHour[static_cast<std::size_t>(h)];
        hours << QString::number(h);
    }
    auto *series = new QBarSeries;
    series->append(set);
    showBars(m_hours, series, hours, *std::max_element(perHour.begin(), perHour.end()), tr("calls"));
    m_points[0] = static_cast<int>(records.empty() ? 0 : perHour.size());
}

void PreviewCharts::showDurations(const Config &config, const std::vector<CdrRecord> &records)
{
    const std::vector<int> edges = durationBinEdges();
    const std::size_t bins = edges.size(); // the last bin is ">= last edge"
    std::vector<std::vector<int>> counts(config.callTypes.size(), std::vector<int>(bins, 0));
    for (const CdrRecord &r : records) {
        if (r.type >= counts.size())
            continue;
        std::size_t bin = 0;
        while (bin + 1 < bins && r.duration >= edges[bin + 1])
            ++bin;
        ++counts[r.type][bin];
    }
    QStringList labels;
    for (std::size_t b = 0; b < bins; ++b)
        labels << (b + 1 < bins ? QStringLiteral("<%1").arg(edges[b + 1]) : QStringLiteral("≥%1").arg(edges[b]));
    auto *series = new QBarSeries;
    int maxValue = 0;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        auto *set = new QBarSet(QString::fromStdString(config.callTypes[t]));
        for (int value : counts[t]) {
            *set << value;
            maxValue = std::max(maxValue, value);
        }
        series->append(set);
    }
    showBars(m_durations, series, labels, maxValue, tr("calls"));
    m_durations->chart()->axes(Qt::Horizontal).value(0)->setTitleText(tr("seconds"));
    m_points[1] = records.empty() ? 0 : static_cast<int>(counts.size() * bins);
}

void PreviewCharts::showOperators(const Config &config, const std::vector<CdrRecord> &records)
{
    std::vector<int> perOperator(config.operators.size(), 0);
    for (const CdrRecord &r : records)
        if (r.operatorEmission < perOperator.size())
            ++perOperator[r.operatorEmission];
    auto *configured = new QBarSet(tr("configured"));
    auto *generated = new QBarSet(tr("preview (caller)"));
    QStringList codes;
    double maxValue = 0;
    for (std::size_t i = 0; i < config.operators.size(); ++i) {
        const double share = config.operators[i].marketShare;
        const double seen = records.empty() ? 0 : 100.0 * perOperator[i] / static_cast<double>(records.size());
        *configured << share;
        *generated << seen;
        maxValue = std::max({maxValue, share, seen});
        codes << QString::fromStdString(config.operators[i].code);
    }
    auto *series = new QBarSeries;
    series->append(configured);
    series->append(generated);
    showBars(m_operators, series, codes, maxValue, tr("%"));
    m_points[2] = records.empty() ? 0 : static_cast<int>(2 * perOperator.size());
}

} // namespace cdr::gui
