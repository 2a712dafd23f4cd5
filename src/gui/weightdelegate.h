#pragma once

#include <QDoubleValidator>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace cdr::gui {

// Weight cells accept non-negative numbers or nothing, so what a table shows is what the config gets.
class WeightDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QLineEdit(parent);
        auto *validator = new QDoubleValidator(0, 1e9, 6, editor);
        auto locale = QLocale();
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        validator->setLocale(locale);
        validator->setNotation(QDoubleValidator::StandardNotation);
        editor->setValidator(validator);
        return editor;
    }
};

} // namespace cdr::gui
