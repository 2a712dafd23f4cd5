#pragma once

#include "config/config.h"

#include <QWidget>

#include <string>
#include <vector>

class QAbstractSpinBox;
class QCheckBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QSlider;

namespace cdr::gui {

// The fields of one scenario (scenarios.<key> in config.yml), built from its catalogue entry: on/off, its window
// (each bound either the period's or its own time), prevalence, mimicry (a slider and a spin box) and the scenario's
// own parameters, each a spin box with the catalogue's bounds, so no value outside them can be typed.
class ScenarioForm : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioForm(ScenarioKind kind, QWidget *parent = nullptr);

    ScenarioKind kind() const { return m_kind; }
    // periodStart / periodEnd: generation.period, shown in a bound that is the period's.
    void load(const ScenarioConfig &scenario, const std::string &periodStart, const std::string &periodEnd);
    void apply(ScenarioConfig &scenario) const;

    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *ownStartBox() const { return m_ownStart; }
    QCheckBox *ownEndBox() const { return m_ownEnd; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QSlider *mimicrySlider() const { return m_mimicrySlider; }
    // The spin box of a catalogue parameter (a QSpinBox for whole numbers, else a QDoubleSpinBox).
    QAbstractSpinBox *field(std::size_t parameterIndex) const { return m_fields.at(parameterIndex); }

signals:
    void edited();

private:
    void addParameterField(std::size_t index, QWidget *parent);
    double fieldValue(std::size_t index) const;
    void setFieldValue(std::size_t index, double value);
    void updateWindowEdits();

    ScenarioKind m_kind;
    QCheckBox *m_enabled;
    QCheckBox *m_ownStart;
    QCheckBox *m_ownEnd;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QSlider *m_mimicrySlider;
    std::vector<QAbstractSpinBox *> m_fields; // by the spec's parameter order
    bool m_filling = false;
};

} // namespace cdr::gui
