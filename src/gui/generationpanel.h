#pragma once

#include "sectionpanel.h"

#include <memory>

namespace Ui {
// generation.* and logging.*.
class GenerationPanel;
}

namespace cdr::gui {

// generation.* and logging.*.
class GenerationPanel : public SectionPanel {
    Q_OBJECT
public:
    explicit GenerationPanel(QWidget *parent = nullptr);
    ~GenerationPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;

private:
    std::unique_ptr<Ui::GenerationPanel> m_ui;
};

} // namespace cdr::gui
