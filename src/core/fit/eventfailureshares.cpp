#include "fit/eventfailureshares.h"

#include "calendar/eventcalendar.h"
#include "fit/enginesample.h"

#include <algorithm>

namespace cdr {

std::size_t EventFailureShares::firstStatus(const Config &config, OutcomeKind outcome)
{
    const CallMix mix(config);
    std::size_t status = 0;
    while (status < config.callStatus.size() && mix.outcome(static_cast<std::uint8_t>(status)) != outcome)
        ++status;
    return status;
}

bool EventFailureShares::anyEvent(const Config &config)
{
    // Which events fall in the period needs no antenna: the calendar without the world says it.
    const EventCalendar calendar(config, {});
    return std::any_of(calendar.events().begin(), calendar.events().end(),
                       [](const CalendarEvent &event) { return event.failureShare > 0; });
}

std::vector<double> EventFailureShares::measure(const Config &config, std::int64_t sample)
{
    const std::size_t types = config.callTypes.size();
    std::vector<double> shares(types, 0.0);
    const std::size_t success = firstStatus(config, OutcomeKind::Success);
    if (types == 0 || success == config.callStatus.size() || !anyEvent(config))
        return shares;

    Config allSucceed = config;
    allSucceed.realism.statusWeights.clear();
    for (const std::string &type : config.callTypes)
        allSucceed.realism.statusWeights[type] = {{config.callStatus[success], 1.0}};
    std::vector<std::int64_t> records(types, 0), forced(types, 0);
    forEachSampleRecord(allSucceed, sample, [&](const CdrRecord &record) {
        ++records[record.type];
        forced[record.type] += record.status != success ? 1 : 0;
    });
    for (std::size_t t = 0; t < types; ++t)
        shares[t] = records[t] > 0 ? static_cast<double>(forced[t]) / static_cast<double>(records[t]) : 0.0;
    return shares;
}

} // namespace cdr
