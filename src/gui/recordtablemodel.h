#pragma once

#include "defects/defectmarks.h"
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
// With defects on, the cells the defects answer key names are tinted, their tooltip names the kind and variant.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // A damaged cell's "kind/variant" as the answer key writes them ("corrupt_values/msisdn_length"); else invalid.
    static constexpr int DefectRole = Qt::UserRole + 1;

    // labels: one per record (answerKeyLabels), or none when the run has no scenarios; defects: the answer key's
    // rows of the records' ids, or none when the run has no defects.
    void setRecords(std::shared_ptr<const CdrEngine> engine, std::vector<CdrRecord> records,
                    std::vector<RecordLabels> labels = {}, std::vector<DefectKeyRow> defects = {});
    const std::vector<CdrRecord> &records() const { return m_records; }
    const std::vector<RecordLabels> &labels() const { return m_labels; }
    const DefectMarks &defects() const { return m_defects; }
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
    QVariant defectData(const DefectKeyRow &key, int role) const;

    std::shared_ptr<const CdrEngine> m_engine; // keeps the Config the formatter refers to alive
    std::vector<CdrRecord> m_records;
    std::vector<RecordLabels> m_labels;
    DefectMarks m_defects;
};

} // namespace cdr::gui
