#pragma once

#include "runhistory.h"

#include <QAbstractTableModel>

namespace cdr::gui {

// The run history as a table: start time, target, records, duration, rate and outcome, newest first.
class RunHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Target, Records, Duration, Rate, Outcome, ColumnCount };

    explicit RunHistoryModel(const QString &filePath, QObject *parent = nullptr);

    const RunHistory &history() const { return m_history; }
    bool load(QString *error = nullptr);
    bool add(const RunRecord &run, QString *error = nullptr);
    const RunRecord &run(int row) const { return m_history.runs().at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const QString &outcome);

private:
    RunHistory m_history;
};

} // namespace cdr::gui
