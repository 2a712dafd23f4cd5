#pragma once

#include "sectionpanel.h"

#include <memory>

namespace Ui {
class TypesPanel;
}

namespace cdr::gui {

// data_types.call_types / call_status / antenna_types and their realism weights.
class TypesPanel : public SectionPanel {
    Q_OBJECT
public:
    explicit TypesPanel(QWidget *parent = nullptr);
    ~TypesPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;

private:
    std::unique_ptr<Ui::TypesPanel> m_ui;
};

} // namespace cdr::gui
