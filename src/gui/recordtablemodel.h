#pragma once

#include "model/cdrrecord.h"
#include "scenarios/recordlabels.h"
#include "synth/cdrengine.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cdr::gui {

// The previewed records in the 23 schema columns. DisplayRole is the text the sinks write (RecordFormatter);
// Qt::UserRole is the raw value so sorting is numeric where the column is. With scenarios on, a 24th column, set
// apart in italics on a tinted ground, shows what the answer key says of the caller and the callee (labels()).
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // labels: one per record (answerKeyLabels), or none when the run has no scenarios.
    void setRecords(std::shared_ptr<const CdrEngine> engine, std::vector<CdrRecord> records,
                    std::vector<RecordLabels> labels = {});
    const std::vector<CdrRecord> &records() const { return m_records; }
    const std::vector<RecordLabels> &labels() const { return m_labels; }
    // The answer-key column, -1 when there is none.
    int labelColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const CdrRecord &record, int column) const;
    QVariant sortValue(const CdrRecord &record, int column) const;
    QVariant labelData(std::size_t row, int role) const;

    std::shared_ptr<const CdrEngine> m_engine; // keeps the Config the formatter refers to alive
    std::vector<CdrRecord> m_records;
    std::vector<RecordLabels> m_labels;
};

} // namespace cdr::gui
