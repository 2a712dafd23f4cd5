#include "mappanel.h"

#include "enginecache.h"
#include "mapwidget.h"
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
