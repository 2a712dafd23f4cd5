#include "synth/behavioursummary.h"

#include "synth/civiltime.h"

#include <algorithm>
#include <cmath>

namespace cdr {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
}

// Ranks 1..n, ties sharing their mean rank.
std::vector<double> ranks(const std::vector<double> &values)
{
    std::vector<std::size_t> order(values.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && values[order[j]] == values[order[i]])
            ++j;
        const double mean = (static_cast<double>(i + j - 1)) / 2.0 + 1.0;
        for (std::size_t k = i; k < j; ++k)
            rank[order[k]] = mean;
        i = j;
    }
    return rank;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    const auto n = static_cast<double>(x.size());
    if (x.size() < 2)
        return 0;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        mx += x[i], my += y[i];
    mx /= n, my /= n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

std::vector<double> divided(std::vector<double> values, double by)
{
    for (double &v : values)
        v /= by;
    return values;
}

} // namespace

void BehaviourSummary::addSubscriber(std::uint64_t number, std::int64_t placed, std::int64_t received,
                                     const SubscriberBehaviour &b)
{
    m_placedReceived.emplace_back(number, placed, received);
    m_activeDays.push_back(static_cast<double>(b.activeDays));
    m_weeklyVoicePeers.push_back(static_cast<double>(b.weeklyVoicePeers));
    if (b.initiatedShare)
        m_initiated.push_back(*b.initiatedShare);
    m_gyration.push_back(b.gyrationKm);
    if (b.homeShare)
        m_homeShare.push_back(*b.homeShare);
    if (b.burstiness)
        m_burstiness.push_back(*b.burstiness);
    if (b.memory)
        m_memory.push_back(*b.memory);
    if (b.visitationExponent)
        m_visitation.push_back(*b.visitationExponent);
}

RealismMetrics::Figures BehaviourSummary::figures(double periodDays, std::size_t reciprocated,
                                                  std::size_t voiceSmsRecords,
                                                  const std::map<std::int32_t, std::int64_t> &recordsPerDay) const
{
    RealismMetrics::Figures f;
    f.subscribers = m_placedReceived.size();
    const double weeks = std::max(periodDays / 7.0, 1.0 / 7.0);
    f.reciprocatedShare =
        voiceSmsRecords == 0 ? 0 : static_cast<double>(reciprocated) / static_cast<double>(voiceSmsRecords);

    auto byNumber = m_placedReceived;
    std::sort(byNumber.begin(), byNumber.end());
    std::vector<double> placed, received;
    std::vector<std::pair<std::int64_t, double>> byVolume; // (placed + received, initiated share), by number
    for (const auto &[number, out, in] : byNumber) {
        placed.push_back(static_cast<double>(out));
        received.push_back(static_cast<double>(in));
        if (out + in > 0)
            byVolume.emplace_back(out + in, static_cast<double>(out) / static_cast<double>(out + in));
    }
    f.outInSpearman = pearson(ranks(placed), ranks(received));
    f.medianActiveDaysPerWeek = median(divided(m_activeDays, weeks));
    f.medianCallContactsPerWeek = median(divided(m_weeklyVoicePeers, weeks));
    f.medianInitiatedShare = median(m_initiated);
    // Most active first; among equals, the lower number first (stable sort of a list ordered by number).
    std::stable_sort(byVolume.begin(), byVolume.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<double> top;
    for (std::size_t i = 0; i < byVolume.size() && i < RealismMetrics::kTopSubscribers; ++i)
        top.push_back(byVolume[i].second);
    f.medianInitiatedShareTop = median(top);
    f.medianGyrationKm = median(m_gyration);
    f.p90GyrationKm = quantile(m_gyration, 0.9);
    f.medianHomeShare = median(m_homeShare);
    f.burstSubscribers = m_burstiness.size();
    f.medianBurstiness = median(m_burstiness);
    f.medianMemory = median(m_memory);
    f.visitSubscribers = m_visitation.size();
    f.medianVisitationExponent = median(m_visitation);
    double weekendRecords = 0, weekendDays = 0, workRecords = 0, workDays = 0;
    for (const auto &[day, records] : recordsPerDay) {
        if (CivilTime::weekday(day) >= 5)
            weekendRecords += static_cast<double>(records), ++weekendDays;
        else if (!CivilTime::isBelgianHoliday(day))
            workRecords += static_cast<double>(records), ++workDays;
    }
    f.weekendWeekdayRatio =
        weekendDays > 0 && workRecords > 0 ? (weekendRecords / weekendDays) / (workRecords / workDays) : 0;
    return f;
}

} // namespace cdr
