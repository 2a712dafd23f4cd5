#include "statusweightstable.h"

#include "weightdelegate.h"
#include "weightedlisteditor.h"

#include <QHeaderView>

namespace cdr::gui {

StatusWeightsTable::StatusWeightsTable(QWidget *parent) : QTableWidget(parent)
{
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setItemDelegate(new WeightDelegate(this));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setToolTip(tr("Relative weight of each status per call type (e.g. SMS are never MISSED); empty = default"));
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit weightsEdited();
    });
}

void StatusWeightsTable::setAxes(const std::vector<std::string> &callTypes, const std::vector<std::string> &statuses)
{
    if (callTypes == m_types && statuses == m_statuses)
        return;
    const Weights kept = weights();
    m_types = callTypes;
    m_statuses = statuses;
    setWeights(kept);
}

void StatusWeightsTable::setWeights(const Weights &weights)
{
    m_filling = true;
    clear();
    setColumnCount(static_cast<int>(m_types.size()));
    setRowCount(static_cast<int>(m_statuses.size()));
    QStringList columns;
    for (const std::string &type : m_types)
        columns << QString::fromStdString(type);
    QStringList rows;
    for (const std::string &status : m_statuses)
        rows << QString::fromStdString(status);
    setHorizontalHeaderLabels(columns);
    setVerticalHeaderLabels(rows);
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            QString text;
            const auto type = weights.find(m_types[static_cast<std::size_t>(c)]);
            if (type != weights.end()) {
                const auto status = type->second.find(m_statuses[static_cast<std::size_t>(r)]);
                if (status != type->second.end())
                    text = WeightedListEditor::formatWeight(status->second);
            }
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, c, item);
        }
    }
    m_filling = false;
    updateGeometry();
}

QSize StatusWeightsTable::sizeHint() const
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    return {QTableWidget::sizeHint().width(), height};
}

StatusWeightsTable::Weights StatusWeightsTable::weights() const
{
    Weights result;
    for (int r = 0; r < rowCount() && r < static_cast<int>(m_statuses.size()); ++r) {
        for (int c = 0; c < columnCount() && c < static_cast<int>(m_types.size()); ++c) {
            const QTableWidgetItem *cell = item(r, c);
            if (cell && !cell->text().trimmed().isEmpty())
                result[m_types[static_cast<std::size_t>(c)]][m_statuses[static_cast<std::size_t>(r)]] =
                    WeightedListEditor::parseWeight(cell->text());
        }
    }
    return result;
}

} // namespace cdr::gui
