#pragma once

#include "scenarios/scenarioplan.h"
#include "sectionpanel.h"
#include "synth/worldmodel.h"

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Ui {
// scenarios.*: fraud and its legitimate look-alikes, with the run's SIM boxes, test probes and call centres on a map.
class ScenariosPanel;
}

class QListWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cdr::gui {

class EngineCache;
class MapWidget;
class ScenarioForm;

// scenarios.*: the eight scenarios of config/scenariocatalogue.h, grouped as fraud and legitimate look-alikes, each
// ticked on or off in a list and edited in its own form. Shown, the page places the enabled scenarios as a run
// would (ScenarioPlan over the current world) and lists the sites with antennas: a SIM box, a test probe, a call
// centre; the selected site's antennas are ringed on the page's map.
class ScenariosPanel : public SectionPanel {
    Q_OBJECT
public:
    explicit ScenariosPanel(QWidget *parent = nullptr);
    ~ScenariosPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;
    void showIssues(const std::vector<ConfigIssue> &issues) override;

    // Where the page gets the world and the whole config for its sites (the editor's config, the shared engines).
    void setWorldSource(std::shared_ptr<EngineCache> cache, std::function<Config()> config);

    ScenarioForm *form(ScenarioKind kind) const;
    QTreeWidgetItem *item(ScenarioKind kind) const;
    // Makes a scenario the one edited, as a click on it does.
    void select(ScenarioKind kind);
    // Every scenario on at its catalogue defaults over the whole period (the "Fraud lab" button).
    void enableFraudLab();
    void switchAllOff();

    MapWidget *map() const;
    QListWidget *sitesList() const;
    const std::vector<ScenarioPlan::Site> &sites() const { return m_sites; }
    // Places the scenarios of the current config now, if the shown sites are not of it.
    void refreshSites();

signals:
    // The sites of the current config are listed and the map has the world's antennas.
    void sitesShown(int sites);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onFormEdited(ScenarioKind kind);
    void onItemChanged(QTreeWidgetItem *item);
    void showSites(std::vector<Antenna> antennas, QStringList operatorCodes, QStringList antennaTypes,
                   std::vector<ScenarioPlan::Site> sites, const QString &error);
    void refreshHighlight();
    void zoomToSelectedSite();
    void setHint(const QString &text);

    std::unique_ptr<Ui::ScenariosPanel> m_ui;
    std::array<ScenarioForm *, kScenarioCount> m_forms{};
    std::array<QTreeWidgetItem *, kScenarioCount> m_items{};
    std::shared_ptr<EngineCache> m_cache;
    std::function<Config()> m_config;
    QTimer *m_debounce;
    std::string m_periodStart;
    std::string m_periodEnd;
    std::vector<ScenarioPlan::Site> m_sites;
    std::string m_sitesKey; // configToYaml of the config the shown sites were placed for
    bool m_building = false;
};

} // namespace cdr::gui
