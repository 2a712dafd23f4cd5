#include "operatorsmodel.h"

#include <QRegularExpression>

#include <numeric>

namespace cdr::gui {

namespace {

QString joinBlocks(const std::vector<std::string> &blocks)
{
    QStringList parts;
    for (const std::string &block : blocks)
        parts << QString::fromStdString(block);
    return parts.join(QStringLiteral(", "));
}

std::vector<std::string> splitBlocks(const QString &text)
{
    std::vector<std::string> blocks;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        blocks.push_back(part.toStdString());
    return blocks;
}

} // namespace

void OperatorsModel::setOperators(std::vector<OperatorConfig> operators)
{
    beginResetModel();
    m_operators = std::move(operators);
    endResetModel();
}

double OperatorsModel::sharesTotal() const
{
    return std::accumulate(m_operators.begin(), m_operators.end(), 0.0,
                           [](double sum, const OperatorConfig &op) { return sum + op.marketShare; });
}

void OperatorsModel::appendOperator()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    OperatorConfig op;
    op.code = QStringLiteral("OP%1").arg(row + 1).toStdString();
    m_operators.push_back(op);
    endInsertRows();
}

void OperatorsModel::removeOperator(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_operators.erase(m_operators.begin() + row);
    endRemoveRows();
}

int OperatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_operators.size());
}

int OperatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OperatorConfig &op = m_operators[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && index.column() == NumberBlocks)
        return tr("National prefixes such as 047, 0456, 04510; empty = the engine assigns free 04x blocks");
    if (role == Qt::TextAlignmentRole && index.column() == MarketShare)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code: return QString::fromStdString(op.code);
    case Name: return QString::fromStdString(op.name);
    case MarketShare: return op.marketShare;
    case MccMnc: return QString::fromStdString(op.mccMnc);
    case NumberBlocks: return joinBlocks(op.numberBlocks);
    default: return {};
    }
}

bool OperatorsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    OperatorConfig &op = m_operators[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Code: op.code = value.toString().trimmed().toStdString(); break;
    case Name: op.name = value.toString().trimmed().toStdString(); break;
    case MarketShare: op.marketShare = value.toDouble(); break;
    case MccMnc: op.mccMnc = value.toString().trimmed().toStdString(); break;
    case NumberBlocks: op.numberBlocks = splitBlocks(value.toString()); break;
    default: return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant OperatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == MarketShare)
        return tr("Percent of subscribers; all operators together must make 100 %");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case MarketShare: return tr("Market share %");
    case MccMnc: return tr("MCC-MNC");
    case NumberBlocks: return tr("Number blocks");
    default: return {};
    }
}

Qt::ItemFlags OperatorsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

} // namespace cdr::gui
