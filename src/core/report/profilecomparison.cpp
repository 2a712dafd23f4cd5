#include "report/profilecomparison.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace cdr {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename Counts>
double totalVariation(const Counts &a, const Counts &b)
{
    double sumA = 0, sumB = 0;
    for (const auto &[key, n] : a)
        sumA += static_cast<double>(n);
    for (const auto &[key, n] : b)
        sumB += static_cast<double>(n);
    if (sumA <= 0 || sumB <= 0)
        return kNaN;
    std::set<typename Counts::key_type> keys;
    for (const auto &entry : a)
        keys.insert(entry.first);
    for (const auto &entry : b)
        keys.insert(entry.first);
    double gap = 0;
    for (const auto &key : keys) {
        const auto inA = a.find(key), inB = b.find(key);
        const double shareA = inA == a.end() ? 0 : static_cast<double>(inA->second) / sumA;
        const double shareB = inB == b.end() ? 0 : static_cast<double>(inB->second) / sumB;
        gap += std::abs(shareA - shareB);
    }
    return gap / 2;
}

template <std::size_t N>
std::map<std::size_t, std::int64_t> indexed(const std::array<std::int64_t, N> &values)
{
    std::map<std::size_t, std::int64_t> out;
    for (std::size_t i = 0; i < N; ++i)
        out[i] = values[i];
    return out;
}

double relativeError(double a, double b)
{
    const double scale = std::max(std::abs(a), std::abs(b));
    return scale == 0 ? 0 : std::min(1.0, std::abs(a - b) / scale);
}

double share(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0;
}

double meanPerDay(const CdrProfile::Figures &f)
{
    return f.perDay.empty() ? 0 : static_cast<double>(f.records) / static_cast<double>(f.perDay.size());
}

double visitationGap(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.empty() || b.empty())
        return kNaN;
    double gap = 0;
    for (std::size_t k = 0; k < std::max(a.size(), b.size()); ++k)
        gap += std::abs((k < a.size() ? a[k] : 0) - (k < b.size() ? b[k] : 0));
    return std::min(1.0, gap / 2);
}

} // namespace

const FigureDistance *ProfileComparison::find(const std::string &figure) const
{
    const auto at = std::find_if(distances.begin(), distances.end(),
                                 [&](const FigureDistance &d) { return d.figure == figure; });
    return at == distances.end() ? nullptr : &*at;
}

ProfileComparison ProfileComparison::of(const CdrProfile::Figures &a, const CdrProfile::Figures &b)
{
    ProfileComparison c;
    auto add = [&](const std::string &figure, const char *measure, double distance) {
        c.distances.push_back({figure, measure, distance});
    };
    add("records_per_hour", "total_variation", totalVariation(indexed(a.perHour), indexed(b.perHour)));
    add("records_per_weekday", "total_variation", totalVariation(indexed(a.perWeekday), indexed(b.perWeekday)));
    add("records_per_day", "relative_error", relativeError(meanPerDay(a), meanPerDay(b)));
    add("types", "total_variation", totalVariation(a.types, b.types));
    add("statuses", "total_variation", totalVariation(a.statuses, b.statuses));
    add("operators_emission", "total_variation", totalVariation(a.operators, b.operators));
    std::set<std::string> types;
    for (const auto &entry : a.durations)
        types.insert(entry.first);
    for (const auto &entry : b.durations)
        types.insert(entry.first);
    for (const std::string &type : types) {
        const auto inA = a.durations.find(type), inB = b.durations.find(type);
        add("duration:" + type, "kolmogorov_smirnov",
            inA == a.durations.end() || inB == b.durations.end() ? kNaN
                                                                 : kolmogorovSmirnovDistance(inA->second, inB->second));
    }
    add("home_to_antenna_km", "kolmogorov_smirnov", kolmogorovSmirnovDistance(a.homeToAntennaKm, b.homeToAntennaKm));

    const std::pair<const char *, std::int64_t CdrProfile::Figures::*> shares[] = {
        {"valid_callers", &CdrProfile::Figures::validCallers},
        {"wrong_operator_callers", &CdrProfile::Figures::wrongOperatorCallers},
        {"valid_imeis", &CdrProfile::Figures::validImeis},
        {"emitting_in_belgium", &CdrProfile::Figures::emittingInBelgium},
        {"duplicate_ids", &CdrProfile::Figures::duplicateIds}};
    for (const auto &[name, member] : shares)
        add(name, "share_difference", std::abs(share(a.*member, a.records) - share(b.*member, b.records)));
    double emptyGap = 0;
    std::set<std::string> columns;
    for (const auto &entry : a.emptyByColumn)
        columns.insert(entry.first);
    for (const auto &entry : b.emptyByColumn)
        columns.insert(entry.first);
    for (const std::string &column : columns) {
        const auto inA = a.emptyByColumn.find(column), inB = b.emptyByColumn.find(column);
        emptyGap = std::max(emptyGap, std::abs(share(inA == a.emptyByColumn.end() ? 0 : inA->second, a.records)
                                               - share(inB == b.emptyByColumn.end() ? 0 : inB->second, b.records)));
    }
    add("empty_fields", "share_difference", emptyGap);

    const RealismMetrics::Figures &x = a.behaviour, &y = b.behaviour;
    const std::pair<const char *, double RealismMetrics::Figures::*> scalars[] = {
        {"reciprocated_share", &RealismMetrics::Figures::reciprocatedShare},
        {"out_in_spearman", &RealismMetrics::Figures::outInSpearman},
        {"median_active_days_per_week", &RealismMetrics::Figures::medianActiveDaysPerWeek},
        {"median_call_contacts_per_week", &RealismMetrics::Figures::medianCallContactsPerWeek},
        {"median_initiated_share", &RealismMetrics::Figures::medianInitiatedShare},
        {"median_radius_of_gyration_km", &RealismMetrics::Figures::medianGyrationKm},
        {"median_home_share", &RealismMetrics::Figures::medianHomeShare},
        {"median_burstiness", &RealismMetrics::Figures::medianBurstiness},
        {"median_memory", &RealismMetrics::Figures::medianMemory},
        {"median_visitation_exponent", &RealismMetrics::Figures::medianVisitationExponent},
        {"weekend_weekday_ratio", &RealismMetrics::Figures::weekendWeekdayRatio}};
    for (const auto &[name, member] : scalars)
        add(name, "relative_error", relativeError(x.*member, y.*member));

    const CdrProfile::SubscriberDistributions &p = a.perSubscriber, &q = b.perSubscriber;
    const std::pair<const char *, Distribution CdrProfile::SubscriberDistributions::*> perSubscriber[] = {
        {"subscriber_records", &CdrProfile::SubscriberDistributions::records},
        {"subscriber_contacts", &CdrProfile::SubscriberDistributions::contacts},
        {"subscriber_active_days", &CdrProfile::SubscriberDistributions::activeDays},
        {"subscriber_initiated_share", &CdrProfile::SubscriberDistributions::initiatedShare},
        {"inter_event_seconds", &CdrProfile::SubscriberDistributions::interEventSeconds},
        {"subscriber_burstiness", &CdrProfile::SubscriberDistributions::burstiness},
        {"subscriber_gyration_km", &CdrProfile::SubscriberDistributions::gyrationKm},
        {"subscriber_home_share", &CdrProfile::SubscriberDistributions::homeShare}};
    for (const auto &[name, member] : perSubscriber)
        add(name, "kolmogorov_smirnov", kolmogorovSmirnovDistance(p.*member, q.*member));
    add("visit_share_by_rank", "total_variation", visitationGap(p.visitShareByRank, q.visitShareByRank));

    double sum = 0;
    int counted = 0;
    for (const FigureDistance &d : c.distances)
        if (!std::isnan(d.distance))
            sum += d.distance, ++counted;
    c.score = counted > 0 ? 100 * (1 - sum / counted) : 0;
    return c;
}

} // namespace cdr
