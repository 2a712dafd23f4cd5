#pragma once

#include "config/config.h"

#include <cstdint>

namespace cdr {

// How many subscribers share a run's records, and how busy that makes them. By default the count follows from the
// records, the period and realism.daily_records_per_subscriber (records a subscriber places per day), so that a
// subscriber is as active as a real one whatever the period; generation.subscribers fixes it instead.
struct SubscriberBudget {
    static constexpr std::int64_t kMinSubscribers = 1'000;
    static constexpr std::int64_t kMaxDefaultSubscribers = 1'000'000;
    // Outside these, validation warns: too quiet for home, contact or mobility analytics, or implausibly busy.
    static constexpr double kQuietRecordsPerDay = 1.0;
    static constexpr double kBusyRecordsPerDay = 100.0;

    // Days covered by generation.period (at least one second's worth; 1 if the period does not parse).
    static double periodDays(const GenerationConfig &generation);
    // generation.subscribers when set, else records / (daily_records_per_subscriber x days) within
    // [kMinSubscribers, kMaxDefaultSubscribers].
    static std::int64_t subscriberCount(const Config &config);
    // Records one subscriber places per day on average with that count.
    static double recordsPerSubscriberDay(const Config &config);
};

} // namespace cdr
