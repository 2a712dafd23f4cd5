#pragma once

#include "config/defectcatalogue.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;
class QListWidget;

namespace cdr::gui {

// One kind of defects.*: its rate (a share of the records, 0 to 1, shown as a percentage too), the variants it may
// take (none ticked: every variant) and, for missing_fields, the columns it may blank (the catalogue's default
// columns at first; none ticked: those defaults). The page says what none ticked means, once for every list.
class DefectKindForm : public QGroupBox {
    Q_OBJECT
public:
    DefectKindForm(DefectKind kind, QWidget *parent = nullptr);

    DefectKind kind() const { return m_kind; }
    void load(const DefectKindConfig &config);
    DefectKindConfig value() const;
    void setRate(double rate);

    QDoubleSpinBox *rateBox() const { return m_rate; }
    QListWidget *variantList() const { return m_variants; }
    QListWidget *columnList() const { return m_columns; } // null but for missing_fields

signals:
    void edited();

private:
    void showPercentage();

    DefectKind m_kind;
    QDoubleSpinBox *m_rate;
    QLabel *m_percentage;
    QListWidget *m_variants;
    QListWidget *m_columns = nullptr;
};

} // namespace cdr::gui
