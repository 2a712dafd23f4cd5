#include "mappanel.h"

#include "config/configloader.h"
#include "enginecache.h"
#include "events/eventareas.h"
#include "mapwidget.h"
#include "sectionpanel.h"
#include "ui_mappanel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace cdr::gui {

namespace {

struct WorldResult {
    std::vector<Antenna> antennas;
    QStringList operatorCodes; // of the config the world was built from
    QStringList antennaTypes;
    QString error;
};

} // namespace

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MapPanel>()), m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(600);
    connect(m_debounce, &QTimer::timeout, this, &MapPanel::rebuildNow);
    connect(m_ui->showHomes, &QCheckBox::toggled, m_ui->map, &MapWidget::setShowHomes);
    connect(m_ui->resetViewButton, &QPushButton::clicked, m_ui->map, &MapWidget::resetView);
    connect(m_ui->map, &MapWidget::boundingBoxDragged, this, &MapPanel::onBoxDragged);
    m_ui->boxMessage->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_ui->boxMessage->hide();
    m_ui->recordLabel->hide();
}

MapPanel::~MapPanel() = default;

MapWidget *MapPanel::map() const
{
    return m_ui->map;
}

void MapPanel::setConfig(const Config &config, bool valid)
{
    m_config = config;
    m_valid = valid;
    m_dirty = true;
    m_ui->map->setBoundingBox(config.latitude, config.longitude);
    m_ui->map->setAreas(eventAreas(config.events));
    m_ui->boxMessage->hide(); // a refusal message is about a box the config no longer has
    if (isVisible())
        m_debounce->start();
}

void MapPanel::setPreviewRecords(const std::vector<CdrRecord> &records)
{
    std::vector<QPointF> homes;
    homes.reserve(records.size());
    for (const CdrRecord &record : records)
        homes.emplace_back(record.callerHomeLon, record.callerHomeLat);
    m_ui->map->setHomes(std::move(homes));
    m_ui->map->clearRecord(); // a new preview: the shown record may not be in it
    m_ui->recordLabel->hide();
}

MapRecord MapPanel::mapRecordOf(const CdrRecord &record)
{
    MapRecord shown;
    shown.id = record.id;
    shown.home = QPointF(record.callerHomeLon, record.callerHomeLat);
    if (record.antennaEmission.id != 0)
        shown.emission = QPointF(record.antennaEmission.lon, record.antennaEmission.lat);
    if (record.antennaReception.id != 0)
        shown.reception = QPointF(record.antennaReception.lon, record.antennaReception.lat);
    return shown;
}

void MapPanel::showRecord(const CdrRecord &record)
{
    m_ui->map->setRecord(mapRecordOf(record));
    QString text = tr("Record %1: the caller's home, the emission antenna (ANT%2)")
                       .arg(record.id)
                       .arg(record.antennaEmission.id);
    if (record.antennaReception.id != 0)
        text = tr("Record %1: the caller's home, the emission antenna (ANT%2) and the reception antenna (ANT%3)")
                   .arg(record.id)
                   .arg(record.antennaEmission.id)
                   .arg(record.antennaReception.id);
    m_ui->recordLabel->setText(text);
    m_ui->recordLabel->show();
}

QString MapPanel::boxMessage() const
{
    return m_ui->boxMessage->isHidden() ? QString() : m_ui->boxMessage->text();
}

void MapPanel::onBoxDragged(const DoubleRange &latitude, const DoubleRange &longitude)
{
    Config candidate = m_config;
    candidate.latitude = latitude;
    candidate.longitude = longitude;
    QStringList problems;
    for (const ConfigIssue &issue : validateConfig(candidate))
        if (issue.severity == ConfigIssue::Severity::Error && issue.keyPath.rfind("geography", 0) == 0)
            problems << SectionPanel::issueText(issue);
    if (!problems.isEmpty()) {
        m_ui->map->setBoundingBox(m_config.latitude, m_config.longitude); // refused: the box goes back
        m_ui->boxMessage->setText(tr("The box was not changed. %1").arg(problems.join(QLatin1Char('\n'))));
        m_ui->boxMessage->show();
        return;
    }
    m_ui->boxMessage->clear();
    m_ui->boxMessage->hide();
    emit boundingBoxEdited(latitude, longitude);
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_debounce->start(0);
}

void MapPanel::rebuildNow()
{
    if (!m_cache || !m_dirty)
        return;
    if (!m_valid) {
        m_ui->map->setStatus(tr("Fix the configuration to see its antennas."));
        return;
    }
    if (m_building)
        return; // the running build checks m_dirty when it ends
    m_dirty = false;
    m_building = true;
    m_ui->map->setStatus(tr("Building the world…"));
    auto *watcher = new QFutureWatcher<WorldResult>(this);
    connect(watcher, &QFutureWatcher<WorldResult>::finished, this, [this, watcher] {
        WorldResult result = watcher->result();
        watcher->deleteLater();
        m_building = false;
        if (result.error.isEmpty()) {
            const int count = static_cast<int>(result.antennas.size());
            m_ui->map->setAntennas(std::move(result.antennas), result.operatorCodes, result.antennaTypes);
            m_ui->map->setStatus({});
            emit worldShown(count);
        } else {
            m_ui->map->setStatus(tr("World build failed: %1").arg(result.error));
        }
        if (m_dirty && isVisible())
            m_debounce->start();
    });
    watcher->setFuture(QtConcurrent::run([cache = m_cache, config = m_config] {
        WorldResult result;
        for (const OperatorConfig &op : config.operators)
            result.operatorCodes << QString::fromStdString(op.code);
        for (const std::string &type : config.antennaTypes)
            result.antennaTypes << QString::fromStdString(type);
        try {
            result.antennas = cache->engineFor(config)->world().antennas();
        } catch (const std::exception &error) {
            result.error = QString::fromStdString(error.what());
        }
        return result;
    }));
}

} // namespace cdr::gui
