#pragma once

#include "sectionpanel.h"

#include <memory>

namespace Ui {
class OperatorsPanel;
}

namespace cdr::gui {

class OperatorsModel;

// data_types.operators with a live "shares total" indicator.
class OperatorsPanel : public SectionPanel {
    Q_OBJECT
public:
    explicit OperatorsPanel(QWidget *parent = nullptr);
    ~OperatorsPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;

    double sharesTotal() const;
    static bool sharesComplete(double total);
    OperatorsModel *model() const { return m_model; }

signals:
    void sharesTotalChanged(double total);

private:
    void updateTotal();

    std::unique_ptr<Ui::OperatorsPanel> m_ui;
    OperatorsModel *m_model;
};

} // namespace cdr::gui
