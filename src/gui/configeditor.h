#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ConfigEditor;
}

namespace cdr::gui {

class DefectsPanel;
class EventsPanel;
class OperatorsPanel;
class ScenariosPanel;
class SectionPanel;

// The configuration tab: one page per config.yml section, plus pages living elsewhere (the database section is on
// the Database tab). Every edit re-runs core's validateConfig() on the whole Config and routes each issue to the
// page owning its key, so the messages are the CLI's.
class ConfigEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConfigEditor(QWidget *parent = nullptr);
    ~ConfigEditor() override;

    void addExternalSection(SectionPanel *panel);
    void setConfig(const Config &config);
    // The base config with every page's keys applied (keys no page shows are kept as loaded).
    Config config() const;

    const std::vector<ConfigIssue> &issues() const { return m_issues; }
    bool hasErrors() const;
    // Start is allowed only when the config is valid and the shares make 100 %.
    bool canStart() const;
    OperatorsPanel *operatorsPanel() const;
    EventsPanel *eventsPanel() const;
    ScenariosPanel *scenariosPanel() const;
    DefectsPanel *defectsPanel() const;
    void showSection(int index);
    void setBoundingBox(const DoubleRange &latitude, const DoubleRange &longitude);

signals:
    void configEdited();
    void canStartChanged(bool canStart);

private:
    void revalidate();
    std::vector<SectionPanel *> sections() const;

    std::unique_ptr<Ui::ConfigEditor> m_ui;
    Config m_base;
    std::vector<SectionPanel *> m_external;
    std::vector<ConfigIssue> m_issues;
    bool m_canStart = false;
};

} // namespace cdr::gui
