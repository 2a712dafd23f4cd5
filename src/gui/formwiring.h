#pragma once

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QWidget>

namespace cdr::gui {

// Calls onEdit whenever the user changes any input widget under root (spin boxes, line edits, combos, dates).
template <typename Callback> void connectEdits(QWidget *root, QObject *context, Callback onEdit)
{
    for (auto *spin : root->findChildren<QSpinBox *>())
        QObject::connect(spin, &QSpinBox::valueChanged, context, onEdit);
    for (auto *spin : root->findChildren<QDoubleSpinBox *>())
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, context, onEdit);
    for (auto *edit : root->findChildren<QLineEdit *>()) {
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            QObject::connect(edit, &QLineEdit::textEdited, context, onEdit);
    }
    for (auto *combo : root->findChildren<QComboBox *>())
        QObject::connect(combo, &QComboBox::currentTextChanged, context, onEdit);
    for (auto *date : root->findChildren<QDateTimeEdit *>())
        QObject::connect(date, &QDateTimeEdit::dateTimeChanged, context, onEdit);
}

} // namespace cdr::gui
