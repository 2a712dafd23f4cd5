#include "runhistorymodel.h"

#include "runpanel.h"

#include <QColor>
#include <QLocale>

namespace cdr::gui {

RunHistoryModel::RunHistoryModel(const QString &filePath, QObject *parent)
    : QAbstractTableModel(parent), m_history(filePath)
{
}

bool RunHistoryModel::load(QString *error)
{
    beginResetModel();
    const bool ok = m_history.load(error);
    endResetModel();
    return ok;
}

bool RunHistoryModel::add(const RunRecord &run, QString *error)
{
    beginResetModel();
    const bool ok = m_history.add(run, error);
    endResetModel();
    return ok;
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.runs().size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("completed"))
        return tr("completed");
    if (outcome == QLatin1String("cancelled"))
        return tr("cancelled");
    return tr("failed");
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RunRecord &r = run(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Started: return locale.toString(r.started.toLocalTime(), QLocale::ShortFormat);
        case Target: return r.target;
        case Records: return locale.toString(r.records);
        case Duration: return RunPanel::formatDuration(r.seconds);
        case Rate: return locale.toString(r.rowsPerSecond, 'f', 0);
        case Outcome: return outcomeText(r.outcome);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Preset: %1").arg(r.presetName);
        if (!r.error.isEmpty())
            tip += QLatin1Char('\n') + r.error;
        return tip;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Records || index.column() == Rate))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Outcome)
        return r.outcome == QLatin1String("completed") ? QColor(0x1b7f3b)
               : r.outcome == QLatin1String("cancelled") ? QColor(0x9a6700)
                                                         : QColor(0xb00020);
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Target: return tr("Target");
    case Records: return tr("Records");
    case Duration: return tr("Duration");
    case Rate: return tr("Rows/s");
    case Outcome: return tr("Outcome");
    default: return {};
    }
}

} // namespace cdr::gui
