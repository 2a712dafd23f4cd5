#include "synth/realismmetrics.h"

#include "geo/geomath.h"
#include "synth/civiltime.h"
#include "timing/burstmetrics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cdr {

namespace {

constexpr std::int64_t kDay = 86400;

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

bool atNight(std::int64_t startTime)
{
    const std::int64_t hour = ((startTime % kDay) + kDay) % kDay / 3600;
    return hour >= 19 || hour < 7;
}

std::int32_t dayOf(std::int64_t startTime)
{
    return static_cast<std::int32_t>(startTime >= 0 ? startTime / kDay : (startTime - kDay + 1) / kDay);
}

double gyrationKm(const std::vector<std::pair<double, double>> &points)
{
    double lat = 0, lon = 0;
    for (const auto &[pLat, pLon] : points)
        lat += pLat, lon += pLon;
    lat /= static_cast<double>(points.size());
    lon /= static_cast<double>(points.size());
    double sum = 0;
    for (const auto &[pLat, pLon] : points) {
        const double d = GeoMath::distanceKm(lat, lon, pLat, pLon);
        sum += d * d;
    }
    return std::sqrt(sum / static_cast<double>(points.size()));
}

} // namespace

RealismMetrics::Person &RealismMetrics::person(std::uint64_t number)
{
    return m_people[number];
}

void RealismMetrics::add(const Interaction &r)
{
    const std::int32_t day = dayOf(r.startTime);
    const std::int32_t week = day / 7;
    const bool night = atNight(r.startTime);
    ++m_recordsPerDay[day];
    Person &caller = person(r.caller);
    caller.days.push_back(day);
    caller.times.push_back(r.startTime);
    caller.visits.push_back({r.callerAntenna, r.callerLat, r.callerLon, night});
    if (r.voiceOrSms) {
        ++caller.placed;
        m_voiceSmsPairs.emplace_back(r.caller, r.callee);
    }
    if (r.voice && r.callee != 0)
        caller.voiceWeekPeers.emplace_back(week, r.callee);
    if (!r.calleeIsOurs)
        return;
    Person &callee = person(r.callee);
    callee.days.push_back(day);
    callee.times.push_back(r.startTime);
    callee.visits.push_back({r.calleeAntenna, r.calleeLat, r.calleeLon, night});
    if (r.voiceOrSms)
        ++callee.received;
    if (r.voice)
        callee.voiceWeekPeers.emplace_back(week, r.caller);
}

RealismMetrics::Figures RealismMetrics::compute(double periodDays) const
{
    Figures f;
    f.subscribers = m_people.size();
    const double weeks = std::max(periodDays / 7.0, 1.0 / 7.0);

    std::vector<std::pair<std::uint64_t, std::uint64_t>> directed = m_voiceSmsPairs;
    std::sort(directed.begin(), directed.end());
    directed.erase(std::unique(directed.begin(), directed.end()), directed.end());
    std::size_t reciprocated = 0;
    for (const auto &[caller, callee] : m_voiceSmsPairs)
        reciprocated += std::binary_search(directed.begin(), directed.end(), std::make_pair(callee, caller)) ? 1 : 0;
    f.reciprocatedShare = m_voiceSmsPairs.empty()
        ? 0
        : static_cast<double>(reciprocated) / static_cast<double>(m_voiceSmsPairs.size());

    std::vector<double> placed, received, activeDays, contacts, initiated, gyration, homeShare;
    std::vector<double> burstiness, memory, visitation;
    std::vector<std::pair<double, double>> byVolume; // (placed + received, initiated share)
    for (const auto &[number, p] : m_people) {
        placed.push_back(static_cast<double>(p.placed));
        received.push_back(static_cast<double>(p.received));
        std::vector<std::int32_t> days = p.days;
        std::sort(days.begin(), days.end());
        activeDays.push_back(static_cast<double>(std::unique(days.begin(), days.end()) - days.begin()) / weeks);
        auto peers = p.voiceWeekPeers;
        std::sort(peers.begin(), peers.end());
        contacts.push_back(static_cast<double>(std::unique(peers.begin(), peers.end()) - peers.begin()) / weeks);
        if (p.placed + p.received > 0) {
            const double share = static_cast<double>(p.placed) / static_cast<double>(p.placed + p.received);
            initiated.push_back(share);
            byVolume.emplace_back(static_cast<double>(p.placed + p.received), share);
        }
        std::vector<std::pair<double, double>> points;
        std::map<std::int32_t, std::int64_t> nightCounts;
        for (const Visit &v : p.visits) {
            points.emplace_back(v.lat, v.lon);
            if (v.night)
                ++nightCounts[v.antenna];
        }
        gyration.push_back(gyrationKm(points));
        if (p.times.size() >= kBurstMinimum) {
            std::vector<std::int64_t> times = p.times;
            std::sort(times.begin(), times.end());
            if (const auto b = BurstMetrics::burstiness(times))
                burstiness.push_back(*b);
            if (const auto m = BurstMetrics::memory(times))
                memory.push_back(*m);
            std::map<std::int32_t, std::int64_t> perAntenna;
            for (const Visit &v : p.visits)
                ++perAntenna[v.antenna];
            std::vector<std::int64_t> counts;
            for (const auto &[antenna, visits] : perAntenna)
                counts.push_back(visits);
            if (const auto zeta = BurstMetrics::visitationExponent(counts, kVisitRanks))
                visitation.push_back(*zeta);
        }
        if (!nightCounts.empty()) {
            const std::int32_t home = std::max_element(nightCounts.begin(), nightCounts.end(), [](const auto &a,
                                                                                                  const auto &b) {
                                          return a.second < b.second;
                                      })->first;
            const auto atHome = std::count_if(p.visits.begin(), p.visits.end(),
                                              [&](const Visit &v) { return v.antenna == home; });
            homeShare.push_back(static_cast<double>(atHome) / static_cast<double>(p.visits.size()));
        }
    }
    f.outInSpearman = pearson(ranks(placed), ranks(received));
    f.medianActiveDaysPerWeek = median(activeDays);
    f.medianCallContactsPerWeek = median(contacts);
    f.medianInitiatedShare = median(initiated);
    std::sort(byVolume.begin(), byVolume.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<double> top;
    for (std::size_t i = 0; i < byVolume.size() && i < kTopSubscribers; ++i)
        top.push_back(byVolume[i].second);
    f.medianInitiatedShareTop = median(top);
    f.medianGyrationKm = median(gyration);
    f.p90GyrationKm = quantile(gyration, 0.9);
    f.medianHomeShare = median(homeShare);
    f.burstSubscribers = burstiness.size();
    f.medianBurstiness = median(burstiness);
    f.medianMemory = median(memory);
    f.visitSubscribers = visitation.size();
    f.medianVisitationExponent = median(visitation);
    double weekendRecords = 0, weekendDays = 0, workRecords = 0, workDays = 0;
    for (const auto &[day, records] : m_recordsPerDay) {
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
