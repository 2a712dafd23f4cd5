#pragma once

#include "config/config.h"

#include <QAbstractTableModel>

#include <vector>

namespace cdr::gui {

// data_types.operators as an editable table: code, name, market share, MCC-MNC, number blocks (comma separated).
class OperatorsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, MarketShare, MccMnc, NumberBlocks, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOperators(std::vector<OperatorConfig> operators);
    const std::vector<OperatorConfig> &operators() const { return m_operators; }
    double sharesTotal() const;

    void appendOperator();
    void removeOperator(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    std::vector<OperatorConfig> m_operators;
};

} // namespace cdr::gui
