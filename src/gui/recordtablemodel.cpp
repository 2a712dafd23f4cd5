#include "recordtablemodel.h"

#include "defects/defecttexts.h"
#include "model/schema.h"
#include "scenarios/scenariotexts.h"
#include "synth/recordformatter.h"

#include <QBrush>
#include <QFont>

#include <string>

namespace cdr::gui {

void RecordTableModel::setRecords(std::shared_ptr<const CdrEngine> engine, std::vector<CdrRecord> records,
                                  std::vector<RecordLabels> labels, std::vector<DefectKeyRow> defects)
{
    beginResetModel();
    m_engine = std::move(engine);
    m_records = std::move(records);
    m_labels = std::move(labels);
    m_defects = DefectMarks(m_records, std::move(defects));
    if (!m_labels.empty())
        m_labels.resize(m_records.size());
    endResetModel();
}

int RecordTableModel::labelColumn() const
{
    return m_labels.empty() ? -1 : static_cast<int>(kCdrColumnCount);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(kCdrColumnCount) + (m_labels.empty() ? 0 : 1);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == labelColumn())
        return tr("answer key (not in the CDR)");
    if (section < 0 || section >= static_cast<int>(kCdrColumnCount))
        return {};
    const auto name = kCdrColumns[static_cast<std::size_t>(section)].name;
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_records.size()) || !m_engine)
        return {};
    if (index.column() == labelColumn())
        return labelData(static_cast<std::size_t>(index.row()), role);
    const CdrRecord &record = m_records[static_cast<std::size_t>(index.row())];
    if (role == DefectRole || role == Qt::BackgroundRole || role == Qt::ToolTipRole)
        if (const DefectKeyRow *key = m_defects.at(static_cast<std::size_t>(index.row()), index.column()))
            return defectData(*key, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(record, index.column());
    if (role == Qt::UserRole)
        return sortValue(record, index.column());
    if (role == Qt::TextAlignmentRole) {
        const auto kind = kCdrColumns[static_cast<std::size_t>(index.column())].kind;
        const bool numeric = kind == ColumnKind::Id || kind == ColumnKind::Integer || kind == ColumnKind::Real;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter));
    }
    return {};
}

QVariant RecordTableModel::labelData(std::size_t row, int role) const
{
    const RecordLabels &labels = m_labels[row];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::UserRole:
        return ScenarioTexts::recordLabel(labels.caller, labels.callee);
    case Qt::ToolTipRole:
        return labels.any() ? tr("From the answer key (the _labels table beside the CDR table), not from the record: %1")
                                  .arg(ScenarioTexts::recordLabel(labels.caller, labels.callee))
                            : tr("The answer key names neither number of this record");
    case Qt::FontRole: {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::BackgroundRole:
        return labels.any() ? QBrush(QColor(0xfff1d6)) : QBrush(QColor(0xf4f4f4));
    case Qt::ForegroundRole:
        return QBrush(QColor(0x5a3a00));
    default:
        return {};
    }
}

namespace {
QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

bool blanked(const CdrRecord &record, int column)
{
    return (record.missingColumns >> column & 1U) != 0;
}
} // namespace

QVariant RecordTableModel::defectData(const DefectKeyRow &key, int role) const
{
    switch (role) {
    case DefectRole: return fromView(defectKindKey(key.kind)) + QLatin1Char('/') + fromView(key.variant);
    case Qt::BackgroundRole: return QBrush(QColor(0xffc4c4));
    case Qt::ToolTipRole: {
        QString tip = DefectTexts::mark(key.kind, key.variant);
        if (key.originalId != 0)
            tip += QLatin1Char('\n') + tr("A copy of record %1.").arg(key.originalId);
        if (key.columnName)
            tip += QLatin1Char('\n') + (key.originalValue ? tr("Clean value: %1").arg(QString::fromStdString(*key.originalValue))
                                                           : tr("Clean value: empty"));
        return tip;
    }
    default: return {};
    }
}

QString RecordTableModel::text(const CdrRecord &r, int column) const
{
    if (blanked(r, column)) // defects.missing_fields: the run writes this cell empty
        return {};
    const RecordFormatter formatter(m_engine->config());
    std::string out;
    switch (column) {
    case 0: return QString::number(r.id);
    case 1: RecordFormatter::appendPhone(out, r.caller); break;
    case 2: RecordFormatter::appendPhone(out, r.callee); break;
    case 3: RecordFormatter::appendTimestamp(out, r.startTime); break;
    case 4: return QString::number(r.duration);
    case 5: return fromView(formatter.callType(r));
    case 6: return fromView(formatter.callStatus(r));
    case 7: RecordFormatter::appendImei(out, r.imeiCaller); break;
    case 8: RecordFormatter::appendImei(out, r.imeiReceiver); break;
    case 9: return fromView(formatter.operatorCode(r.operatorEmission));
    case 10: RecordFormatter::appendAntennaId(out, r.antennaEmission.id); break;
    case 11: return fromView(formatter.antennaType(r.antennaEmission.type));
    case 12: RecordFormatter::appendCoordinate(out, r.antennaEmission.lat); break;
    case 13: RecordFormatter::appendCoordinate(out, r.antennaEmission.lon); break;
    case 14: return QString::number(r.antennaEmission.altitude);
    case 15: RecordFormatter::appendAntennaId(out, r.antennaReception.id); break;
    case 16: return fromView(formatter.antennaType(r.antennaReception.type));
    case 17: RecordFormatter::appendCoordinate(out, r.antennaReception.lat); break;
    case 18: RecordFormatter::appendCoordinate(out, r.antennaReception.lon); break;
    case 19: return QString::number(r.antennaReception.altitude);
    case 20: return fromView(formatter.operatorCode(r.operatorReception));
    case 21: RecordFormatter::appendCoordinate(out, r.callerHomeLat); break;
    case 22: RecordFormatter::appendCoordinate(out, r.callerHomeLon); break;
    default: return {};
    }
    return QString::fromStdString(out);
}

QVariant RecordTableModel::sortValue(const CdrRecord &r, int column) const
{
    if (blanked(r, column))
        return {};
    switch (column) {
    case 0: return qlonglong(r.id);
    case 1: return qulonglong(r.caller);
    case 2: return qulonglong(r.callee);
    case 3: return qlonglong(r.startTime);
    case 4: return r.duration;
    case 7: return qulonglong(r.imeiCaller);
    case 8: return qulonglong(r.imeiReceiver);
    case 10: return r.antennaEmission.id;
    case 12: return r.antennaEmission.lat;
    case 13: return r.antennaEmission.lon;
    case 14: return r.antennaEmission.altitude;
    case 15: return r.antennaReception.id;
    case 17: return r.antennaReception.lat;
    case 18: return r.antennaReception.lon;
    case 19: return r.antennaReception.altitude;
    case 21: return r.callerHomeLat;
    case 22: return r.callerHomeLon;
    default: return text(r, column);
    }
}

} // namespace cdr::gui
