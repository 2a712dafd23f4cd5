#include "config/subscriberbudget.h"

#include "config/periodtime.h"

#include <algorithm>
#include <cmath>

namespace cdr {

double SubscriberBudget::periodDays(const GenerationConfig &generation)
{
    const auto start = parsePeriodTime(generation.periodStart);
    const auto end = parsePeriodTime(generation.periodEnd);
    if (!start || !end || *end < *start)
        return 1.0;
    return static_cast<double>(*end - *start + 1) / 86400.0;
}

std::int64_t SubscriberBudget::subscriberCount(const Config &config)
{
    if (config.generation.subscribers > 0)
        return config.generation.subscribers;
    const double perSubscriber = std::max(config.realism.dailyRecordsPerSubscriber, 1e-9)
        * periodDays(config.generation);
    const double count = std::floor(static_cast<double>(config.generation.records) / perSubscriber);
    return static_cast<std::int64_t>(
        std::clamp(count, double(kMinSubscribers), double(kMaxDefaultSubscribers)));
}

double SubscriberBudget::recordsPerSubscriberDay(const Config &config)
{
    const double subscribers = static_cast<double>(std::max<std::int64_t>(subscriberCount(config), 1));
    return static_cast<double>(config.generation.records) / subscribers / periodDays(config.generation);
}

} // namespace cdr
