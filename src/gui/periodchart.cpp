#include "periodchart.h"

#include "events/eventkinds.h"
#include "wallclocktime.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cstdint>
#include <set>

namespace cdr::gui {

namespace {

// QDateTimeAxis shows its values in the machine's zone; the period is wall clock, so a wall-clock time is placed
// at the local instant that reads the same, and the axis labels read as the config's times.
qreal axisValue(std::int64_t wallClockSeconds)
{
    const QDateTime local(wallClockDate(wallClockSeconds), wallClockTime(wallClockSeconds));
    return static_cast<qreal>(local.toMSecsSinceEpoch());
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

PeriodChart::PeriodChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(new QChart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setObjectName(QStringLiteral("periodChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 180);
    m_view->chart()->setTitle(tr("Records per hour over the period"));
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->chart()->legend()->setAlignment(Qt::AlignRight);
}

void PeriodChart::clear()
{
    clearChart(m_view->chart());
    m_bands.clear();
    m_hourly = {};
}

void PeriodChart::show(const HourlyRecords &hourly, const std::vector<CalendarEvent> &events)
{
    clear();
    m_hourly = hourly;
    QChart *chart = m_view->chart();
    chart->setTitle(tr("Records per hour over the period (estimated from a sample of %1 records)")
                        .arg(QLocale().toString(qlonglong(hourly.sampled))));
    if (hourly.perHour.empty())
        return;
    const double highest = *std::max_element(hourly.perHour.begin(), hourly.perHour.end());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(1.0, highest * 1.05));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("records / hour"));
    auto *axisX = new QDateTimeAxis;
    // Digits only: QDateTimeAxis names months in English whatever the language.
    axisX->setFormat(QStringLiteral("yyyy-MM-dd"));
    axisX->setTickCount(7);
    const std::int64_t lastHourEnd = hourly.periodStart + 3600 * static_cast<std::int64_t>(hourly.perHour.size());
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axisValue(hourly.periodStart))),
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axisValue(lastHourEnd))));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    // A 45-minute New Year or a 3-hour outage is less than a pixel of a year: a band is at least 1/400 of the
    // period wide, so every event shows.
    const std::int64_t minimumWidth = (lastHourEnd - hourly.periodStart) / 400;
    const qreal top = axisY->max();
    std::set<CalendarEvent::Kind> inLegend;
    for (const CalendarEvent &event : events) {
        const std::int64_t middle = event.start + (event.end + 1 - event.start) / 2;
        const std::int64_t halfWidth = std::max(event.end + 1 - event.start, minimumWidth) / 2;
        // A widened band at an end of the period (New Year's at its start) is moved in rather than cut.
        const std::int64_t shift = std::max<std::int64_t>(0, hourly.periodStart - (middle - halfWidth))
            - std::max<std::int64_t>(0, middle + halfWidth - lastHourEnd);
        const qreal from = axisValue(std::max(middle - halfWidth + shift, hourly.periodStart));
        const qreal to = axisValue(std::min(middle + halfWidth + shift, lastHourEnd));
        auto *upper = new QLineSeries;
        upper->append(from, top);
        upper->append(to, top);
        auto *lower = new QLineSeries;
        lower->append(from, 0);
        lower->append(to, 0);
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(EventKinds::label(event.kind));
        QColor colour = EventKinds::colour(event.kind);
        band->setPen(Qt::NoPen);
        colour.setAlpha(110);
        band->setBrush(colour);
        chart->addSeries(band);
        band->attachAxis(axisX);
        band->attachAxis(axisY);
        const bool firstOfKind = inLegend.insert(event.kind).second;
        for (QLegendMarker *marker : chart->legend()->markers(band))
            marker->setVisible(firstOfKind);
        m_bands.push_back({event.kind, QString::fromStdString(event.name), event.start, event.end});
    }

    // A year has thousands of hours for about a thousand pixels: the hours are drawn light, so the bands show
    // through, and each day's mean per hour is drawn dark on top, where weekends and holidays read.
    auto *hours = new QLineSeries;
    hours->setName(tr("records per hour"));
    hours->setPen(QPen(QColor(31, 119, 180, 80), 1.0));
    auto *days = new QLineSeries;
    days->setName(tr("daily mean"));
    days->setPen(QPen(QColor(0x1f4e79), 2.0));
    double daySum = 0;
    for (std::size_t hour = 0; hour < hourly.perHour.size(); ++hour) {
        const std::int64_t hourStart = hourly.periodStart + 3600 * static_cast<std::int64_t>(hour);
        hours->append(axisValue(hourStart + 1800), hourly.perHour[hour]);
        daySum += hourly.perHour[hour];
        if (hour % 24 == 23 || hour + 1 == hourly.perHour.size()) {
            const std::int64_t dayHours = static_cast<std::int64_t>(hour % 24) + 1;
            days->append(axisValue(hourStart + 3600 - dayHours * 1800), daySum / static_cast<double>(dayHours));
            daySum = 0;
        }
    }
    for (QLineSeries *line : {hours, days}) {
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    chart->legend()->setVisible(true);
}

} // namespace cdr::gui
