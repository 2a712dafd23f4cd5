#include "config/configrules.h"
#include "config/periodtime.h"
#include "config/subscriberbudget.h"

#include <cstdio>

namespace cdr {

namespace {

std::string twoDecimals(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

} // namespace

// Warns, without failing, when records, period and subscriber count leave subscribers far quieter or busier than
// real ones (realism.daily_records_per_subscriber): the run works, but its behaviour figures will not look real.
void ConfigRules::checkActivity(const Config &config)
{
    const GenerationConfig &g = config.generation;
    const auto start = parsePeriodTime(g.periodStart), end = parsePeriodTime(g.periodEnd);
    if (!start || !end || *start >= *end || g.records < 1 || !(config.realism.dailyRecordsPerSubscriber > 0))
        return; // already an error
    const double perDay = SubscriberBudget::recordsPerSubscriberDay(config);
    if (perDay >= SubscriberBudget::kQuietRecordsPerDay && perDay <= SubscriberBudget::kBusyRecordsPerDay)
        return;
    const std::int64_t subscribers = SubscriberBudget::subscriberCount(config);
    const std::string path = g.subscribers > 0 ? "generation.subscribers" : "generation.records";
    const std::string rate = std::to_string(g.records) + " records over " + twoDecimals(SubscriberBudget::periodDays(g))
        + " days for " + std::to_string(subscribers) + " subscribers is " + twoDecimals(perDay)
        + " records per subscriber per day (real subscribers: about "
        + formatNumber(config.realism.dailyRecordsPerSubscriber) + ", realism.daily_records_per_subscriber)";
    if (perDay < SubscriberBudget::kQuietRecordsPerDay)
        warning(path, rate + ": most subscribers are silent on most days and have few contacts, too quiet for home, "
                             "contact or mobility analytics; raise generation.records, shorten generation.period"
                             + std::string(g.subscribers > 0 ? " or set fewer generation.subscribers"
                                                             : " (at least " + std::to_string(
                                                                   SubscriberBudget::kMinSubscribers)
                                                                   + " subscribers are always generated)"));
    else
        warning(path, rate + ": busier than any real subscriber; set more generation.subscribers (or leave it 0), "
                             "lengthen generation.period or lower generation.records");
}

} // namespace cdr
