#include "synth/subscriberbehaviour.h"

#include "geo/geomath.h"
#include "synth/realismmetrics.h"
#include "timing/burstmetrics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace cdr {

namespace {

constexpr std::int64_t kDay = 86400;

bool atNight(std::int64_t startTime)
{
    const std::int64_t hour = ((startTime % kDay) + kDay) % kDay / 3600;
    return hour >= 19 || hour < 7;
}

double radiusOfGyrationKm(const std::vector<SubscriberRecords::Visit> &visits)
{
    double lat = 0, lon = 0;
    for (const auto &v : visits)
        lat += v.lat, lon += v.lon;
    lat /= static_cast<double>(visits.size());
    lon /= static_cast<double>(visits.size());
    double sum = 0;
    for (const auto &v : visits) {
        const double d = GeoMath::distanceKm(lat, lon, v.lat, v.lon);
        sum += d * d;
    }
    return std::sqrt(sum / static_cast<double>(visits.size()));
}

// Sorts `values` and counts the distinct ones.
template <typename T>
std::size_t sortAndCountDistinct(std::vector<T> &values)
{
    std::sort(values.begin(), values.end());
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        distinct += i == 0 || values[i] != values[i - 1] ? 1 : 0;
    return distinct;
}

} // namespace

std::int32_t SubscriberRecords::dayOf(std::int64_t startTime)
{
    return static_cast<std::int32_t>(startTime >= 0 ? startTime / kDay : (startTime - kDay + 1) / kDay);
}

void SubscriberRecords::addRecord(std::int64_t startTime, std::int32_t antenna, double lat, double lon)
{
    days.push_back(dayOf(startTime));
    times.push_back(startTime);
    visits.push_back({antenna, lat, lon, atNight(startTime)});
}

void SubscriberRecords::addVoicePeer(std::int64_t startTime, std::uint64_t peer)
{
    voiceWeekPeers.emplace_back(dayOf(startTime) / 7, peer);
}

void SubscriberRecords::clear()
{
    placed = received = 0;
    days.clear();
    voiceWeekPeers.clear();
    visits.clear();
    times.clear();
}

SubscriberBehaviour SubscriberBehaviour::of(SubscriberRecords &r)
{
    SubscriberBehaviour b;
    b.activeDays = sortAndCountDistinct(r.days);
    b.weeklyVoicePeers = sortAndCountDistinct(r.voiceWeekPeers);
    if (r.placed + r.received > 0)
        b.initiatedShare = static_cast<double>(r.placed) / static_cast<double>(r.placed + r.received);
    b.gyrationKm = radiusOfGyrationKm(r.visits);

    std::map<std::int32_t, std::int64_t> perAntenna, nightCounts;
    for (const auto &v : r.visits) {
        ++perAntenna[v.antenna];
        if (v.night)
            ++nightCounts[v.antenna];
    }
    for (const auto &[antenna, visits] : perAntenna)
        b.recordsPerAntenna.push_back(visits);
    std::sort(b.recordsPerAntenna.begin(), b.recordsPerAntenna.end(), std::greater<>());
    if (!nightCounts.empty()) {
        const std::int32_t home = std::max_element(nightCounts.begin(), nightCounts.end(), [](const auto &x,
                                                                                              const auto &y) {
                                      return x.second < y.second;
                                  })->first;
        b.homeShare = static_cast<double>(perAntenna[home]) / static_cast<double>(r.visits.size());
    }
    std::sort(r.times.begin(), r.times.end());
    if (r.times.size() >= RealismMetrics::kBurstMinimum) {
        b.burstiness = BurstMetrics::burstiness(r.times);
        b.memory = BurstMetrics::memory(r.times);
        b.visitationExponent = BurstMetrics::visitationExponent(b.recordsPerAntenna, RealismMetrics::kVisitRanks);
    }
    return b;
}

} // namespace cdr
