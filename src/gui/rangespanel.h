#pragma once

#include "sectionpanel.h"

#include <memory>

namespace Ui {
// ranges.* and the geography bounding box.
class RangesPanel;
}

namespace cdr::gui {

// ranges.* and the geography bounding box.
class RangesPanel : public SectionPanel {
    Q_OBJECT
public:
    explicit RangesPanel(QWidget *parent = nullptr);
    ~RangesPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;
    // Sets the four box fields as one edit (the map's box drag), so no half-changed box is validated.
    void setBoundingBox(const DoubleRange &latitude, const DoubleRange &longitude);

private:
    std::unique_ptr<Ui::RangesPanel> m_ui;
};

} // namespace cdr::gui
