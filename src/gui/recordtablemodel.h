#pragma once

#include "model/cdrrecord.h"
#include "synth/cdrengine.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cdr::gui {

// The previewed records in the 23 schema columns. DisplayRole is the text the sinks write (RecordFormatter);
// Qt::UserRole is the raw value so sorting is numeric where the column is.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(std::shared_ptr<const CdrEngine> engine, std::vector<CdrRecord> records);
    const std::vector<CdrRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const CdrRecord &record, int column) const;
    QVariant sortValue(const CdrRecord &record, int column) const;

    std::shared_ptr<const CdrEngine> m_engine; // keeps the Config the formatter refers to alive
    std::vector<CdrRecord> m_records;
};

} // namespace cdr::gui
