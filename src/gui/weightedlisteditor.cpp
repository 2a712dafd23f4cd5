#include "weightedlisteditor.h"

#include "weightdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cdr::gui {

double WeightedListEditor::parseWeight(const QString &text)
{
    // The user's locale first ("0,5" in French); "0.5" as in config.yml is understood everywhere.
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    return ok ? value : QLocale::c().toDouble(text.trimmed());
}

QString WeightedListEditor::formatWeight(double weight)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(weight, 'g', QLocale::FloatingPointShortest);
}

WeightedListEditor::WeightedListEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Weight")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(1, new WeightDelegate(m_table));
    m_table->setToolTip(tr("Weights are relative (they need not add up to 100); empty = default"));
    m_add->setToolTip(tr("Add an entry"));
    m_remove->setToolTip(tr("Remove the selected entry"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(tr("NEW%1").arg(m_table->rowCount() + 1), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        emit changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
}

void WeightedListEditor::setWeightColumnVisible(bool visible)
{
    m_table->setColumnHidden(1, !visible);
}

void WeightedListEditor::addRow(const QString &name, const QString &weight)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    auto *weightItem = new QTableWidgetItem(weight);
    weightItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 1, weightItem);
    m_filling = wasFilling;
}

void WeightedListEditor::setEntries(const std::vector<std::string> &names, const std::map<std::string, double> &weights)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const std::string &name : names) {
        const auto it = weights.find(name);
        addRow(QString::fromStdString(name), it == weights.end() ? QString() : formatWeight(it->second));
    }
    m_filling = false;
}

std::vector<std::string> WeightedListEditor::names() const
{
    std::vector<std::string> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        result.push_back(item ? item->text().trimmed().toStdString() : std::string());
    }
    return result;
}

std::map<std::string, double> WeightedListEditor::weights() const
{
    std::map<std::string, double> result;
    if (m_table->isColumnHidden(1))
        return result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *weight = m_table->item(row, 1);
        if (!name || !weight || weight->text().trimmed().isEmpty())
            continue;
        result[name->text().trimmed().toStdString()] = parseWeight(weight->text());
    }
    return result;
}

} // namespace cdr::gui
