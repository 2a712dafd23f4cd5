#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace cdr {

// One subscriber's records as the behaviour figures of RealismMetrics need them (placed and received voice/SMS
// records, the days, times and antennas of all their records, their voice correspondents per week).
struct SubscriberRecords {
    struct Visit {
        std::int32_t antenna;
        double lat, lon;
        bool night; // 19:00-07:00
    };
    std::int64_t placed = 0;
    std::int64_t received = 0;
    std::vector<std::int32_t> days;
    std::vector<std::pair<std::int32_t, std::uint64_t>> voiceWeekPeers; // (week, correspondent)
    std::vector<Visit> visits;
    std::vector<std::int64_t> times;

    static std::int32_t dayOf(std::int64_t startTime);
    // A record of this subscriber's, placed or received, at `antenna`.
    void addRecord(std::int64_t startTime, std::int32_t antenna, double lat, double lon);
    void addVoicePeer(std::int64_t startTime, std::uint64_t peer);
    void clear();
};

// The figures of one subscriber that RealismMetrics summarises over all of them.
struct SubscriberBehaviour {
    std::size_t activeDays = 0;
    std::size_t weeklyVoicePeers = 0; // distinct (week, correspondent) pairs
    std::optional<double> initiatedShare; // none without voice/SMS records
    double gyrationKm = 0;
    std::optional<double> homeShare;      // none without a night record
    // Only with at least RealismMetrics::kBurstMinimum records (and as BurstMetrics allows):
    std::optional<double> burstiness, memory, visitationExponent;
    std::vector<std::int64_t> recordsPerAntenna; // most used first

    // Sorts the days, times and weekly peers of `records` in place.
    static SubscriberBehaviour of(SubscriberRecords &records);
};

} // namespace cdr
