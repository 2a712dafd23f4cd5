#include "report/reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace cdr {

namespace {

QJsonObject counts(const std::map<std::string, std::int64_t> &values)
{
    QJsonObject object;
    for (const auto &[name, count] : values)
        object.insert(QString::fromStdString(name), qint64(count));
    return object;
}

template <std::size_t N>
QJsonArray array(const std::array<std::int64_t, N> &values)
{
    QJsonArray result;
    for (const std::int64_t v : values)
        result.append(qint64(v));
    return result;
}

} // namespace

std::string profileToJson(const CdrProfile::Figures &f, const std::string &source)
{
    QJsonObject durations;
    for (const auto &[type, q] : f.durationByType)
        durations.insert(QString::fromStdString(type), QJsonObject{{"median_s", q.median}, {"p90_s", q.p90}});
    QJsonArray missing;
    for (const std::string &column : f.missingColumns)
        missing.append(QString::fromStdString(column));
    const RealismMetrics::Figures &b = f.behaviour;
    const QJsonObject behaviour{
        {"subscribers", qint64(b.subscribers)},
        {"reciprocated_share", b.reciprocatedShare},
        {"out_in_spearman", b.outInSpearman},
        {"median_active_days_per_week", b.medianActiveDaysPerWeek},
        {"median_call_contacts_per_week", b.medianCallContactsPerWeek},
        {"median_initiated_share", b.medianInitiatedShare},
        {"median_radius_of_gyration_km", b.medianGyrationKm},
        {"p90_radius_of_gyration_km", b.p90GyrationKm},
        {"median_home_share", b.medianHomeShare},
        {"median_burstiness", b.medianBurstiness},
        {"median_memory", b.medianMemory},
        {"median_visitation_exponent", b.medianVisitationExponent},
        {"weekend_weekday_ratio", b.weekendWeekdayRatio},
    };
    const QJsonObject root{
        {"source", QString::fromStdString(source)},
        {"records", qint64(f.records)},
        {"duplicate_ids", qint64(f.duplicateIds)},
        {"first_start", QString::fromStdString(f.firstStart)},
        {"last_start", QString::fromStdString(f.lastStart)},
        {"records_per_hour", array(f.perHour)},
        {"records_per_weekday", array(f.perWeekday)},
        {"types", counts(f.types)},
        {"statuses", counts(f.statuses)},
        {"operators_emission", counts(f.operators)},
        {"answered_duration", durations},
        {"empty_fields", counts(f.emptyByColumn)},
        {"valid_callers", qint64(f.validCallers)},
        {"valid_imeis", qint64(f.validImeis)},
        {"emitting_in_belgium", qint64(f.emittingInBelgium)},
        {"median_home_to_antenna_km", f.medianHomeToAntennaKm},
        {"behaviour", behaviour},
        {"missing_columns", missing},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace cdr
