#pragma once

#include "sectionpanel.h"

#include <memory>

namespace Ui {
// The numeric realism knobs (the weights are on the types page).
class RealismPanel;
}

namespace cdr::gui {

// The numeric realism knobs (the weights are on the types page).
class RealismPanel : public SectionPanel {
    Q_OBJECT
public:
    explicit RealismPanel(QWidget *parent = nullptr);
    ~RealismPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;

private:
    std::unique_ptr<Ui::RealismPanel> m_ui;
};

} // namespace cdr::gui
