#include "eventspanel.h"

#include "calendar/eventcalendar.h"
#include "eventareas.h"
#include "eventkinds.h"
#include "formwiring.h"
#include "mapwidget.h"
#include "ui_eventspanel.h"
#include "wallclocktime.h"

#include <cmath>
#include <cstdint>

namespace cdr::gui {

namespace {

double roundToFieldDecimals(double degrees)
{
    return std::round(degrees * 1e4) / 1e4;
}

// Gatherings and outages share their head: name, enabled, area, window, failure share.
template <typename Event> void fillHead(Ui::EventsPanel &ui, const Event &event)
{
    ui.eventName->setText(QString::fromStdString(event.name));
    ui.eventEnabled->setChecked(event.enabled);
    ui.eventStart->setDateTime(periodDateTime(event.start));
    ui.eventEnd->setDateTime(periodDateTime(event.end));
    ui.eventLatitude->setValue(event.area.latitude);
    ui.eventLongitude->setValue(event.area.longitude);
    ui.eventRadius->setValue(event.area.radiusKm);
    ui.eventFailureShare->setValue(event.failureShare);
}

template <typename Event> void writeHead(const Ui::EventsPanel &ui, Event &event)
{
    event.name = ui.eventName->text().toStdString();
    event.enabled = ui.eventEnabled->isChecked();
    writePeriodTime(event.start, ui.eventStart->dateTime());
    writePeriodTime(event.end, ui.eventEnd->dateTime());
    event.area = {ui.eventLatitude->value(), ui.eventLongitude->value(), ui.eventRadius->value()};
    event.failureShare = ui.eventFailureShare->value();
}

// Appends an event with the type's defaults for the rest; returns its row.
template <typename Event>
int appendEvent(std::vector<Event> &events, const QString &name, const EventArea &area, std::string start,
                std::string end)
{
    Event event;
    event.name = name.toStdString();
    event.area = area;
    event.start = std::move(start);
    event.end = std::move(end);
    events.push_back(std::move(event));
    return static_cast<int>(events.size()) - 1;
}

} // namespace

EventsPanel::EventsPanel(QWidget *parent) : SectionPanel(parent), m_ui(std::make_unique<Ui::EventsPanel>())
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    for (QDateTimeEdit *edit : {m_ui->eventStart, m_ui->eventEnd}) {
        useUtc(*edit);
        edit->setMinimumDate(QDate(1970, 1, 1));
    }
    connect(m_ui->holidays, &QCheckBox::toggled, this, [this] { notifyEdited(); });
    connect(m_ui->newYearGroup, &QGroupBox::toggled, this, [this] { notifyEdited(); });
    connectEdits(m_ui->newYearGroup, this, [this] { notifyEdited(); });
    connectEdits(m_ui->eventGroup, this, [this] { writeSelected(); });
    connect(m_ui->eventEnabled, &QCheckBox::toggled, this, [this] { writeSelected(); });
    connect(m_ui->gatheringList, &QListWidget::currentRowChanged, this,
            [this](int row) { onCurrentRowChanged(List::Gatherings, row); });
    connect(m_ui->outageList, &QListWidget::currentRowChanged, this,
            [this](int row) { onCurrentRowChanged(List::Outages, row); });
    connect(m_ui->addGatheringButton, &QPushButton::clicked, this, [this] { addEvent(List::Gatherings); });
    connect(m_ui->addOutageButton, &QPushButton::clicked, this, [this] { addEvent(List::Outages); });
    connect(m_ui->removeGatheringButton, &QPushButton::clicked, this, [this] { removeSelected(List::Gatherings); });
    connect(m_ui->removeOutageButton, &QPushButton::clicked, this, [this] { removeSelected(List::Outages); });
    connect(m_ui->eventMap, &MapWidget::pointClicked, this, &EventsPanel::placeSelected);
    connect(m_ui->zoomToEventButton, &QPushButton::clicked, this, [this] {
        if (m_selectedRow >= 0)
            m_ui->eventMap->zoomToArea(m_ui->eventLatitude->value(), m_ui->eventLongitude->value(),
                                       m_ui->eventRadius->value());
    });
    showSelected();
}

EventsPanel::~EventsPanel() = default;

MapWidget *EventsPanel::map() const
{
    return m_ui->eventMap;
}

QListWidget *EventsPanel::list(List which) const
{
    return which == List::Gatherings ? m_ui->gatheringList : m_ui->outageList;
}

QStringList EventsPanel::issuePrefixes() const
{
    return {QStringLiteral("events")};
}

void EventsPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    const EventsConfig &events = config.events;
    m_ui->holidays->setChecked(events.holidays);
    m_ui->newYearGroup->setChecked(events.newYear.enabled);
    m_ui->newYearMinutes->setValue(events.newYear.minutes);
    m_ui->newYearSurge->setValue(events.newYear.surge);
    m_ui->newYearFailureShare->setValue(events.newYear.failureShare);
    m_gatherings = events.gatherings;
    m_outages = events.outages;
    m_periodStart = config.generation.periodStart;
    m_newArea = {roundToFieldDecimals((config.latitude.min + config.latitude.max) / 2),
                 roundToFieldDecimals((config.longitude.min + config.longitude.max) / 2), 1.0};
    m_selectedRow = -1;
    refreshLists();
    if (!m_gatherings.empty())
        select(List::Gatherings, 0);
    else if (!m_outages.empty())
        select(List::Outages, 0);
    showSelected();
    refreshMap();
}

void EventsPanel::applyTo(Config &config) const
{
    EventsConfig &events = config.events;
    events.holidays = m_ui->holidays->isChecked();
    events.newYear = {m_ui->newYearGroup->isChecked(), m_ui->newYearMinutes->value(), m_ui->newYearSurge->value(),
                      m_ui->newYearFailureShare->value()};
    events.gatherings = m_gatherings;
    events.outages = m_outages;
}

void EventsPanel::select(List which, int row)
{
    list(which)->setCurrentRow(row);
}

void EventsPanel::onCurrentRowChanged(List which, int row)
{
    if (row < 0) {
        if (m_selectedList == which) {
            m_selectedRow = -1;
            showSelected();
            refreshMap();
        }
        return;
    }
    m_selectedList = which;
    m_selectedRow = row;
    QListWidget *other = list(which == List::Gatherings ? List::Outages : List::Gatherings);
    const QSignalBlocker blocker(other);
    other->setCurrentRow(-1);
    showSelected();
    refreshMap();
}

void EventsPanel::addEvent(List which)
{
    // On the period's first day, so a new event is inside the period and valid as added.
    const QDateTime periodStart = periodDateTime(m_periodStart);
    const QString day = (periodStart.isValid() ? periodStart.date() : QDate::currentDate()).toString(Qt::ISODate);
    auto at = [&day](const char *time) { return QStringLiteral("%1 %2").arg(day, QLatin1String(time)).toStdString(); };
    const int row = which == List::Gatherings
                        ? appendEvent(m_gatherings, tr("New gathering %1").arg(m_gatherings.size() + 1), m_newArea,
                                      at("18:00:00"), at("23:59:59"))
                        : appendEvent(m_outages, tr("New outage %1").arg(m_outages.size() + 1), m_newArea,
                                      at("08:00:00"), at("11:59:59"));
    refreshLists();
    select(which, row);
    m_ui->eventName->setFocus();
    m_ui->eventName->selectAll();
    notifyEdited();
}

void EventsPanel::removeSelected(List which)
{
    const int row = list(which)->currentRow();
    if (row < 0)
        return;
    if (which == List::Gatherings)
        m_gatherings.erase(m_gatherings.begin() + row);
    else
        m_outages.erase(m_outages.begin() + row);
    m_selectedRow = -1;
    refreshLists();
    select(which, std::min(row, list(which)->count() - 1));
    showSelected();
    refreshMap();
    notifyEdited();
}

void EventsPanel::showSelected()
{
    const bool gathering = m_selectedList == List::Gatherings;
    const bool any = m_selectedRow >= 0;
    m_filling = true;
    if (any && gathering) {
        const GatheringConfig &event = m_gatherings[static_cast<std::size_t>(m_selectedRow)];
        fillHead(*m_ui, event);
        m_ui->eventAttendance->setValue(static_cast<int>(event.attendance));
    } else if (any) {
        const OutageConfig &event = m_outages[static_cast<std::size_t>(m_selectedRow)];
        fillHead(*m_ui, event);
        m_ui->eventSpikeMinutes->setValue(event.spikeMinutes);
    }
    m_filling = false;
    m_ui->eventGroup->setEnabled(any);
    m_ui->eventGroup->setTitle(!any ? tr("Selected event") : gathering ? tr("Selected gathering")
                                                                       : tr("Selected outage"));
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->eventAttendanceLabel), static_cast<QWidget *>(m_ui->eventAttendance)})
        widget->setVisible(!any || gathering);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->eventSpikeLabel), static_cast<QWidget *>(m_ui->eventSpikeMinutes)})
        widget->setVisible(any && !gathering);
    m_ui->zoomToEventButton->setEnabled(any);
    m_ui->removeGatheringButton->setEnabled(any && gathering);
    m_ui->removeOutageButton->setEnabled(any && !gathering);
    updateHint();
}

void EventsPanel::writeSelected()
{
    if (m_filling || m_selectedRow < 0)
        return;
    if (m_selectedList == List::Gatherings) {
        GatheringConfig &event = m_gatherings[static_cast<std::size_t>(m_selectedRow)];
        writeHead(*m_ui, event);
        event.attendance = m_ui->eventAttendance->value();
    } else {
        OutageConfig &event = m_outages[static_cast<std::size_t>(m_selectedRow)];
        writeHead(*m_ui, event);
        event.spikeMinutes = m_ui->eventSpikeMinutes->value();
    }
    refreshListItem(m_selectedList, m_selectedRow);
    refreshMap();
    updateHint();
    notifyEdited();
}

void EventsPanel::placeSelected(double latitude, double longitude)
{
    if (m_selectedRow < 0)
        return;
    m_filling = true;
    m_ui->eventLatitude->setValue(roundToFieldDecimals(latitude));
    m_ui->eventLongitude->setValue(roundToFieldDecimals(longitude));
    m_filling = false;
    writeSelected();
}

void EventsPanel::refreshLists()
{
    for (List which : {List::Gatherings, List::Outages}) {
        QListWidget *widget = list(which);
        const QSignalBlocker blocker(widget);
        const std::size_t count = which == List::Gatherings ? m_gatherings.size() : m_outages.size();
        widget->clear();
        for (std::size_t row = 0; row < count; ++row) {
            widget->addItem(QString());
            refreshListItem(which, static_cast<int>(row));
        }
        widget->setCurrentRow(m_selectedList == which ? m_selectedRow : -1);
    }
}

void EventsPanel::refreshListItem(List which, int row)
{
    QListWidgetItem *item = list(which)->item(row);
    if (!item)
        return;
    const bool gathering = which == List::Gatherings;
    const auto index = static_cast<std::size_t>(row);
    const std::string &name = gathering ? m_gatherings[index].name : m_outages[index].name;
    const bool enabled = gathering ? m_gatherings[index].enabled : m_outages[index].enabled;
    item->setText(enabled ? QString::fromStdString(name) : tr("%1 (off)").arg(QString::fromStdString(name)));
    item->setForeground(enabled ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText));
}

void EventsPanel::refreshMap()
{
    EventsConfig events;
    events.gatherings = m_gatherings;
    events.outages = m_outages;
    const int selected = m_selectedRow < 0                       ? -1
                         : m_selectedList == List::Gatherings ? m_selectedRow
                                                              : static_cast<int>(m_gatherings.size()) + m_selectedRow;
    m_ui->eventMap->setAreas(eventAreas(events, selected));
    refreshHighlight();
}

void EventsPanel::refreshHighlight()
{
    const std::vector<Antenna> &antennas = m_ui->eventMap->antennas();
    if (m_selectedRow < 0 || antennas.empty()) {
        m_ui->eventMap->setHighlightedAntennas({}, {});
    } else {
        const bool gathering = m_selectedList == List::Gatherings;
        const auto row = static_cast<std::size_t>(m_selectedRow);
        const EventArea &area = gathering ? m_gatherings[row].area : m_outages[row].area;
        m_ui->eventMap->setHighlightedAntennas(
            EventCalendar::antennasOf(area, antennas),
            EventKinds::colour(gathering ? CalendarEvent::Kind::Gathering : CalendarEvent::Kind::Outage).darker(130));
    }
    updateHint(); // it counts the ringed antennas
}

void EventsPanel::showWorld(std::vector<Antenna> antennas, QStringList operatorCodes, QStringList antennaTypes)
{
    const int count = static_cast<int>(antennas.size());
    m_ui->eventMap->setAntennas(std::move(antennas), std::move(operatorCodes), std::move(antennaTypes));
    refreshHighlight();
    emit worldShown(count);
}

void EventsPanel::showEvent(QShowEvent *event)
{
    SectionPanel::showEvent(event);
    emit worldWanted();
}

void EventsPanel::updateHint()
{
    if (m_selectedRow < 0) {
        m_ui->mapHint->setText(tr("Select or add a gathering or an outage, then click the map to place it. Orange: "
                                  "gatherings; red: outages; dashed: switched off."));
        return;
    }
    QString hint = tr("A click on the map moves \"%1\" there; its circle shows the radius. Wheel: zoom · drag: pan.")
                       .arg(m_ui->eventName->text());
    if (const std::size_t ringed = m_ui->eventMap->highlightedAntennas().size(); ringed > 0)
        hint += QLatin1Char(' ') + tr("%n antenna(s) ringed: the event's (within the radius, and the nearest one of "
                                      "every operator).", nullptr, static_cast<int>(ringed));
    m_ui->mapHint->setText(hint);
}

} // namespace cdr::gui
