#include "runchart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace cdr::gui {

namespace {

QValueAxis *makeAxis(const QString &title, const QFont &font)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(font);
    axis->setLabelsFont(font);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, 1);
    return axis;
}

} // namespace

RunChart::RunChart(QWidget *parent)
    : QChartView(parent), m_rate(new QLineSeries), m_latency(new QLineSeries)
{
    QChart *chart = this->chart(); // the view's own, owned by its scene
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setLocalizeNumbers(true); // axis labels in the GUI's language: 1 000 000 in French
    chart->legend()->setAlignment(Qt::AlignTop);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_rate->setName(tr("rows/s"));
    m_latency->setName(tr("batch latency (ms)"));
    m_rate->setPen(QPen(QColor(0x1f77b4), 2));
    m_latency->setPen(QPen(QColor(0xd62728), 1.2));
    chart->addSeries(m_rate);
    chart->addSeries(m_latency);
    m_time = makeAxis(tr("seconds since the first batch"), small);
    m_rateAxis = makeAxis(tr("rows/s"), small);
    m_latencyAxis = makeAxis(tr("ms"), small);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rateAxis, Qt::AlignLeft);
    chart->addAxis(m_latencyAxis, Qt::AlignRight);
    m_rate->attachAxis(m_time);
    m_rate->attachAxis(m_rateAxis);
    m_latency->attachAxis(m_time);
    m_latency->attachAxis(m_latencyAxis);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
}

void RunChart::clear()
{
    m_rate->clear();
    m_latency->clear();
    m_maxRate = 0;
    m_maxLatency = 0;
    m_lastDone = 0;
    m_lastElapsed = 0;
    m_time->setRange(0, 1);
    m_rateAxis->setRange(0, 1);
    m_latencyAxis->setRange(0, 1);
}

void RunChart::addProgress(const RunProgress &progress)
{
    // The rate between two reports, not the run's average: a slowdown shows at once instead of being smoothed away.
    const double interval = progress.elapsedSeconds - m_lastElapsed;
    const double rate = interval > 0 && m_rate->count() > 0
                            ? static_cast<double>(progress.done - m_lastDone) / interval
                            : progress.rowsPerSecond;
    m_lastDone = progress.done;
    m_lastElapsed = progress.elapsedSeconds;
    const double latencyMs = progress.batchSeconds * 1000.0;
    m_rate->append(progress.elapsedSeconds, rate);
    m_latency->append(progress.elapsedSeconds, latencyMs);
    m_maxRate = std::max(m_maxRate, rate);
    m_maxLatency = std::max(m_maxLatency, latencyMs);
    m_time->setRange(0, std::max(1.0, progress.elapsedSeconds));
    m_rateAxis->setRange(0, std::max(1.0, m_maxRate * 1.1));
    m_rateAxis->applyNiceNumbers();
    m_latencyAxis->setRange(0, std::max(1.0, m_maxLatency * 1.1));
    m_latencyAxis->applyNiceNumbers();
}

int RunChart::pointCount() const
{
    return static_cast<int>(m_rate->count());
}

int RunChart::latencyPointCount() const
{
    return static_cast<int>(m_latency->count());
}

} // namespace cdr::gui
