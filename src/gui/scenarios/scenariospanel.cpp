#include "scenariospanel.h"

#include "config/configloader.h"
#include "config/configwriter.h"
#include "enginecache.h"
#include "mapwidget.h"
#include "scenarioform.h"
#include "scenariotexts.h"
#include "siteareas.h"
#include "ui_scenariospanel.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QStyle>
#include <QTimer>
#include <QTreeWidgetItemIterator>
#include <QtConcurrent>

#include <algorithm>

namespace cdr::gui {

namespace {

constexpr int kKindRole = Qt::UserRole;

struct SitesResult {
    std::vector<Antenna> antennas;
    QStringList operatorCodes;
    QStringList antennaTypes;
    std::vector<ScenarioPlan::Site> sites;
    QString error;
};

std::size_t indexOf(ScenarioKind kind)
{
    return static_cast<std::size_t>(kind);
}

} // namespace

ScenariosPanel::ScenariosPanel(QWidget *parent)
    : SectionPanel(parent), m_ui(std::make_unique<Ui::ScenariosPanel>()), m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(600);
    connect(m_debounce, &QTimer::timeout, this, &ScenariosPanel::refreshSites);

    QFont groupFont = font();
    groupFont.setBold(true);
    for (const bool fraud : {true, false}) {
        auto *group = new QTreeWidgetItem(m_ui->scenarioTree, {fraud ? tr("Fraud") : tr("Legitimate look-alikes")});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFont(0, groupFont);
        for (ScenarioKind kind : kScenarioKinds) {
            if (scenarioSpec(kind).fraud != fraud)
                continue;
            auto *item = new QTreeWidgetItem(group, {ScenarioTexts::name(kind)});
            item->setData(0, kKindRole, static_cast<int>(kind));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, ScenarioTexts::summary(kind));
            m_items[indexOf(kind)] = item;
            auto *form = new ScenarioForm(kind, m_ui->scenarioStack);
            m_ui->scenarioStack->addWidget(form);
            m_forms[indexOf(kind)] = form;
            connect(form, &ScenarioForm::edited, this, [this, kind] { onFormEdited(kind); });
        }
    }
    m_ui->scenarioTree->expandAll();
    // Tall enough for every row, no taller.
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_ui->scenarioTree); *it; ++it)
        ++rows;
    m_ui->scenarioTree->setFixedHeight(rows * m_ui->scenarioTree->sizeHintForRow(0) + 2 * m_ui->scenarioTree->frameWidth() + 4);

    connect(m_ui->scenarioTree, &QTreeWidget::itemChanged, this, &ScenariosPanel::onItemChanged);
    connect(m_ui->scenarioTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && current->data(0, kKindRole).isValid())
            m_ui->scenarioStack->setCurrentWidget(m_forms[static_cast<std::size_t>(current->data(0, kKindRole).toInt())]);
    });
    connect(m_ui->fraudLabButton, &QPushButton::clicked, this, &ScenariosPanel::enableFraudLab);
    connect(m_ui->allOffButton, &QPushButton::clicked, this, &ScenariosPanel::switchAllOff);
    connect(m_ui->sitesList, &QListWidget::currentRowChanged, this, &ScenariosPanel::refreshHighlight);
    connect(m_ui->zoomToSiteButton, &QPushButton::clicked, this, &ScenariosPanel::zoomToSelectedSite);
    select(ScenarioKind::SimBox);
    refreshHighlight();
}



ScenariosPanel::~ScenariosPanel() = default;

ScenarioForm *ScenariosPanel::form(ScenarioKind kind) const
{
    return m_forms[indexOf(kind)];
}

QTreeWidgetItem *ScenariosPanel::item(ScenarioKind kind) const
{
    return m_items[indexOf(kind)];
}

MapWidget *ScenariosPanel::map() const
{
    return m_ui->scenarioMap;
}

QListWidget *ScenariosPanel::sitesList() const
{
    return m_ui->sitesList;
}

QStringList ScenariosPanel::issuePrefixes() const
{
    return {QStringLiteral("scenarios")};
}

void ScenariosPanel::setWorldSource(std::shared_ptr<EngineCache> cache, std::function<Config()> config)
{
    m_cache = std::move(cache);
    m_config = std::move(config);
}

void ScenariosPanel::select(ScenarioKind kind)
{
    m_ui->scenarioTree->setCurrentItem(item(kind));
}

void ScenariosPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    m_periodStart = config.generation.periodStart;
    m_periodEnd = config.generation.periodEnd;
    const QSignalBlocker blocker(m_ui->scenarioTree);
    for (ScenarioKind kind : kScenarioKinds) {
        form(kind)->load(config.scenarios[kind], m_periodStart, m_periodEnd);
        item(kind)->setCheckState(0, config.scenarios[kind].enabled ? Qt::Checked : Qt::Unchecked);
    }
    if (isVisible())
        m_debounce->start();
}

void ScenariosPanel::applyTo(Config &config) const
{
    for (ScenarioKind kind : kScenarioKinds)
        form(kind)->apply(config.scenarios[kind]);
}

void ScenariosPanel::showIssues(const std::vector<ConfigIssue> &issues)
{
    SectionPanel::showIssues(issues);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (ScenarioKind kind : kScenarioKinds) {
        const std::string prefix = "scenarios." + std::string(scenarioKey(kind));
        const bool marked = std::any_of(issues.begin(), issues.end(), [&prefix](const ConfigIssue &issue) {
            return issue.keyPath == prefix || issue.keyPath.rfind(prefix + ".", 0) == 0;
        });
        const QSignalBlocker blocker(m_ui->scenarioTree);
        item(kind)->setIcon(0, marked ? warning : QIcon());
    }
}

void ScenariosPanel::onFormEdited(ScenarioKind kind)
{
    {
        const QSignalBlocker blocker(m_ui->scenarioTree);
        item(kind)->setCheckState(0, form(kind)->enabledBox()->isChecked() ? Qt::Checked : Qt::Unchecked);
    }
    notifyEdited();
    if (isVisible())
        m_debounce->start();
}

void ScenariosPanel::onItemChanged(QTreeWidgetItem *changed)
{
    if (!changed->data(0, kKindRole).isValid())
        return;
    const auto kind = static_cast<ScenarioKind>(changed->data(0, kKindRole).toInt());
    form(kind)->enabledBox()->setChecked(changed->checkState(0) == Qt::Checked); // the form reports the edit
}

void ScenariosPanel::enableFraudLab()
{
    ScenariosConfig lab; // the catalogue's defaults, over the whole period
    {
        const LoadGuard guard(this);
        const QSignalBlocker blocker(m_ui->scenarioTree);
        for (ScenarioKind kind : kScenarioKinds) {
            lab[kind].enabled = true;
            form(kind)->load(lab[kind], m_periodStart, m_periodEnd);
            item(kind)->setCheckState(0, Qt::Checked);
        }
    }
    notifyEdited();
    if (isVisible())
        m_debounce->start();
}

void ScenariosPanel::switchAllOff()
{
    {
        const LoadGuard guard(this);
        for (ScenarioKind kind : kScenarioKinds)
            item(kind)->setCheckState(0, Qt::Unchecked); // through onItemChanged to the forms
    }
    notifyEdited();
    if (isVisible())
        m_debounce->start();
}

void ScenariosPanel::showEvent(QShowEvent *event)
{
    SectionPanel::showEvent(event);
    m_debounce->start(0);
}

void ScenariosPanel::refreshSites()
{
    if (!m_cache || !m_config || m_building)
        return;
    const Config config = m_config();
    const std::string key = configToYaml(config);
    if (key == m_sitesKey)
        return;
    if (hasErrors(validateConfig(config))) {
        setHint(tr("Fix the configuration to see where the scenarios' sites are."));
        return;
    }
    m_building = true;
    setHint(tr("Placing the scenarios in the world…"));
    auto *watcher = new QFutureWatcher<SitesResult>(this);
    connect(watcher, &QFutureWatcher<SitesResult>::finished, this, [this, watcher, key] {
        SitesResult result = watcher->result();
        watcher->deleteLater();
        m_building = false;
        if (result.error.isEmpty())
            m_sitesKey = key;
        showSites(std::move(result.antennas), result.operatorCodes, result.antennaTypes, std::move(result.sites),
                  result.error);
        if (isVisible() && m_config && configToYaml(m_config()) != m_sitesKey && result.error.isEmpty())
            m_debounce->start(); // edited while placing
    });
    watcher->setFuture(QtConcurrent::run([cache = m_cache, config] {
        SitesResult result;
        for (const OperatorConfig &op : config.operators)
            result.operatorCodes << QString::fromStdString(op.code);
        for (const std::string &type : config.antennaTypes)
            result.antennaTypes << QString::fromStdString(type);
        try {
            const std::shared_ptr<const CdrEngine> engine = cache->engineFor(config);
            result.antennas = engine->world().antennas();
            result.sites = engine->scenarios().sites();
        } catch (const std::exception &error) {
            result.error = QString::fromStdString(error.what());
        }
        return result;
    }));
}

void ScenariosPanel::showSites(std::vector<Antenna> antennas, QStringList operatorCodes, QStringList antennaTypes,
                               std::vector<ScenarioPlan::Site> sites, const QString &error)
{
    if (!error.isEmpty()) {
        m_sites.clear();
        m_ui->sitesList->clear();
        m_ui->scenarioMap->setAreas({});
        refreshHighlight();
        setHint(tr("The scenarios cannot be placed: %1").arg(error));
        return;
    }
    m_ui->scenarioMap->setAntennas(std::move(antennas), std::move(operatorCodes), std::move(antennaTypes));
    m_sites = std::move(sites);
    {
        const QSignalBlocker blocker(m_ui->sitesList);
        m_ui->sitesList->clear();
        for (const ScenarioPlan::Site &site : m_sites) {
            auto *row = new QListWidgetItem(tr("%1: %n antenna(s)", nullptr, static_cast<int>(site.antennas.size()))
                                                .arg(ScenarioTexts::site(site.scenario, site.groupId)),
                                            m_ui->sitesList);
            row->setForeground(ScenarioTexts::colour(site.scenario).darker(120));
        }
    }
    m_ui->sitesList->setCurrentRow(m_sites.empty() ? -1 : 0);
    refreshHighlight();
    emit sitesShown(static_cast<int>(m_sites.size()));
}

void ScenariosPanel::refreshHighlight()
{
    const int row = m_ui->sitesList->currentRow();
    const std::vector<Antenna> &antennas = m_ui->scenarioMap->antennas();
    m_ui->scenarioMap->setAreas(siteAreas(m_sites, antennas, row));
    m_ui->zoomToSiteButton->setEnabled(row >= 0);
    if (row < 0 || static_cast<std::size_t>(row) >= m_sites.size()) {
        m_ui->scenarioMap->setHighlightedAntennas({}, {});
        if (m_building)
            return;
        setHint(m_sitesKey.empty() ? QString()
                                   : tr("No site: switch on the SIM box, the network test probe or the call centre to "
                                        "place theirs."));
        return;
    }
    const ScenarioPlan::Site &site = m_sites[static_cast<std::size_t>(row)];
    m_ui->scenarioMap->setHighlightedAntennas(site.antennas, ScenarioTexts::colour(site.scenario).darker(130));
    setHint(tr("%1: its %n antenna(s) are ringed. Wheel: zoom · drag: pan.", nullptr,
               static_cast<int>(site.antennas.size()))
                .arg(ScenarioTexts::site(site.scenario, site.groupId)));
}

void ScenariosPanel::zoomToSelectedSite()
{
    const int row = m_ui->sitesList->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_sites.size())
        return;
    const MapArea area = siteArea(m_sites[static_cast<std::size_t>(row)], m_ui->scenarioMap->antennas());
    m_ui->scenarioMap->zoomToArea(area.latitude, area.longitude, area.radiusKm);
}

void ScenariosPanel::setHint(const QString &text)
{
    m_ui->mapHint->setText(text);
}

} // namespace cdr::gui
