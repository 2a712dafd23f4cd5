#include "report/reportjson.h"

#include "report/profilecomparison.h"
#include "synth/recordformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
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

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

QJsonObject distribution(const Distribution &d)
{
    QJsonArray percentiles;
    for (const double p : d.percentiles)
        percentiles.append(p);
    return {{"count", qint64(d.count)}, {"mean", d.mean}, {"percentiles", percentiles}};
}

QJsonObject perSubscriber(const CdrProfile::SubscriberDistributions &s)
{
    QJsonArray visits;
    for (const double v : s.visitShareByRank)
        visits.append(v);
    return {{"records", distribution(s.records)},
            {"contacts", distribution(s.contacts)},
            {"active_days", distribution(s.activeDays)},
            {"initiated_share", distribution(s.initiatedShare)},
            {"inter_event_seconds", distribution(s.interEventSeconds)},
            {"burstiness", distribution(s.burstiness)},
            {"gyration_km", distribution(s.gyrationKm)},
            {"home_share", distribution(s.homeShare)},
            {"visit_share_by_rank", visits}};
}

QJsonObject comparisonObject(const ProfileComparison &comparison)
{
    QJsonArray figures;
    for (const FigureDistance &d : comparison.distances)
        figures.append(QJsonObject{{"figure", QString::fromStdString(d.figure)},
                                   {"measure", QString::fromStdString(d.measure)},
                                   {"distance", number(d.distance)}});
    return {{"score", comparison.score}, {"figures", figures}};
}

QJsonObject profileObject(const CdrProfile::Figures &f, const std::string &source)
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
    QJsonObject perDay, durationDistributions;
    for (const auto &[day, count] : f.perDay) {
        std::string date;
        RecordFormatter::appendTimestamp(date, day * 86400);
        perDay.insert(QString::fromStdString(date.substr(0, 10)), qint64(count));
    }
    for (const auto &[type, d] : f.durations)
        durationDistributions.insert(QString::fromStdString(type), distribution(d));
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
        {"records_per_day", perDay},
        {"durations", durationDistributions},
        {"home_to_antenna_km", distribution(f.homeToAntennaKm)},
        {"wrong_operator_callers", qint64(f.wrongOperatorCallers)},
        {"per_subscriber", perSubscriber(f.perSubscriber)},
    };
    return root;
}

} // namespace

std::string profileToJson(const CdrProfile::Figures &f, const std::string &source,
                          const CdrProfile::Figures *compared, const std::string &comparedSource)
{
    QJsonObject root = profileObject(f, source);
    if (compared) {
        root.insert("compared_with", profileObject(*compared, comparedSource));
        root.insert("comparison", comparisonObject(ProfileComparison::of(f, *compared)));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace cdr
