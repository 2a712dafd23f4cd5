#pragma once

#include "config/defectcatalogue.h"
#include "sectionpanel.h"

#include <array>
#include <memory>

namespace Ui {
// defects.*: dirty data on purpose, kind by kind.
class DefectsPanel;
}

namespace cdr::gui {

class DefectKindForm;

// defects.*: the five kinds of config/defectcatalogue.h, each with its rate, variants and (missing_fields) columns;
// "Dirty-data preset rates" sets the rates of config/presets/dirty-data.yml, "All off" sets every rate to 0. The
// core's messages (a rate out of range, rates adding up above 1, an unknown variant) show on the page.
class DefectsPanel : public SectionPanel {
    Q_OBJECT
public:
    explicit DefectsPanel(QWidget *parent = nullptr);
    ~DefectsPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;
    void showIssues(const std::vector<ConfigIssue> &issues) override;

    DefectKindForm *form(DefectKind kind) const { return m_forms[static_cast<std::size_t>(kind)]; }
    // The defects of config/presets/dirty-data.yml (the button's).
    static DefectsConfig dirtyDataPreset();
    void applyDirtyDataPreset();
    void switchAllOff();

private:
    void loadDefects(const DefectsConfig &defects);

    std::unique_ptr<Ui::DefectsPanel> m_ui;
    std::array<DefectKindForm *, kDefectKinds.size()> m_forms{};
};

} // namespace cdr::gui
