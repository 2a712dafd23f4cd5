#include "previewcharts.h"

#include "periodchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QVBoxLayout>
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

QFont smallFont(const QWidget *widget)
{
    // Slightly smaller axis text so 10 duration bins or 6 operator codes fit under a third of the window.
    QFont small = widget->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    return small;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Replaces the chart's series and axes with one bar series. With categories the bars get a category axis;
// without, a numeric axis over the bar indexes (the 24 hours are labelled every 3 hours instead of squeezed).
void showBars(QChartView *view, QAbstractBarSeries *series, const QStringList &categories, double maxValue,
              const QString &valueTitle)
{
    QChart *chart = view->chart();
    clearChart(chart);
    chart->addSeries(series);
    const QFont small = smallFont(view);
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    QAbstractAxis *axisX = nullptr;
    if (categories.isEmpty()) {
        auto *valueAxis = new QValueAxis;
        valueAxis->setRange(-0.5, series->barSets().value(0)->count() - 0.5);
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(3);
        valueAxis->setLabelFormat(QStringLiteral("%d"));
        valueAxis->setGridLineVisible(false);
        axisX = valueAxis;
    } else {
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        axisX = categoryAxis;
    }
    axisX->setLabelsFont(small);
    axisX->setTitleFont(small);
    chart->addAxis(axisX, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(1.0, maxValue * 1.1));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    axisY->setLabelsFont(small);
    axisY->setTitleFont(small);
    axisY->setTitleText(valueTitle);
    chart->addAxis(axisY, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(series->count() > 1);
}

} // namespace

PreviewCharts::PreviewCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *distributions = new QHBoxLayout;
    layout->addLayout(distributions, 1);
    m_period = new PeriodChart(this);
    layout->addWidget(m_period, 1);
    m_hours = makeView(tr("Calls per hour of day"), this);
    m_durations = makeView(tr("Duration by call type"), this);
    m_operators = makeView(tr("Operator shares (%)"), this);
    m_hours->setObjectName(QStringLiteral("hoursChart"));
    m_durations->setObjectName(QStringLiteral("durationChart"));
    m_operators->setObjectName(QStringLiteral("operatorChart"));
    distributions->addWidget(m_hours);
    distributions->addWidget(m_durations);
    distributions->addWidget(m_operators);
}

std::vector<int> PreviewCharts::durationBinEdges()
{
    return {0, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600};
}

namespace {
// "30s", "2m", "1h": short enough for a category axis.
QString shortDuration(int seconds)
{
    if (seconds < 60)
        return PreviewCharts::tr("%1s", "duration axis label: seconds").arg(seconds);
    if (seconds < 3600)
        return PreviewCharts::tr("%1m", "duration axis label: minutes").arg(seconds / 60);
    return PreviewCharts::tr("%1h", "duration axis label: hours").arg(seconds / 3600);
}
} // namespace

void PreviewCharts::clear()
{
    for (QChartView *view : {m_hours, m_durations, m_operators})
        clearChart(view->chart());
    std::fill(std::begin(m_points), std::end(m_points), 0);
    m_period->clear();
}

void PreviewCharts::setPeriod(const HourlyRecords &hourly, const std::vector<CalendarEvent> &events)
{
    m_period->show(hourly, events);
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
    for (int count : perHour)
        *set << count;
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    series->append(set);
    showBars(m_hours, series, {}, *std::max_element(perHour.begin(), perHour.end()), tr("calls"));
    m_hours->chart()->axes(Qt::Horizontal).value(0)->setTitleText(tr("hour of the call start"));
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
        labels << (b + 1 < bins ? shortDuration(edges[b + 1]) : shortDuration(edges[b]) + QLatin1Char('+'));
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
    QAbstractAxis *axisX = m_durations->chart()->axes(Qt::Horizontal).value(0);
    axisX->setTitleFont(axisX->labelsFont());
    axisX->setTitleText(tr("duration up to"));
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
    // Horizontal bars are drawn bottom-up: feed them in reverse so the first operator is on top.
    for (std::size_t i = config.operators.size(); i-- > 0;) {
        const double share = config.operators[i].marketShare;
        const double seen = records.empty() ? 0 : 100.0 * perOperator[i] / static_cast<double>(records.size());
        *configured << share;
        *generated << seen;
        maxValue = std::max({maxValue, share, seen});
        codes << QString::fromStdString(config.operators[i].code);
    }
    // Horizontal bars: operator codes are long, and there is room for them on the left.
    auto *series = new QHorizontalBarSeries;
    series->append(configured);
    series->append(generated);
    showBars(m_operators, series, codes, maxValue, tr("% of subscribers / callers"));
    m_points[2] = records.empty() ? 0 : static_cast<int>(2 * perOperator.size());
}

} // namespace cdr::gui
