#include "periodsample.h"

#include "config/periodtime.h"

#include <algorithm>
#include <numeric>

namespace cdr::gui {

double HourlyRecords::total() const
{
    return std::accumulate(perHour.begin(), perHour.end(), 0.0);
}

HourlyRecords sampleHourlyRecords(const CdrEngine &engine, std::int64_t maxSample)
{
    const GenerationConfig &generation = engine.config().generation;
    HourlyRecords result;
    const auto start = parsePeriodTime(generation.periodStart);
    const auto end = parsePeriodTime(generation.periodEnd);
    if (!start || !end || *end < *start || generation.records <= 0 || maxSample <= 0)
        return result;
    result.periodStart = *start;
    result.periodEnd = *end;
    result.perHour.assign(static_cast<std::size_t>((*end - *start) / 3600 + 1), 0.0);
    const std::int64_t records = generation.records;
    result.sampled = std::min(records, maxSample);
    const double weight = static_cast<double>(records) / static_cast<double>(result.sampled);
    std::vector<CdrRecord> one;
    for (std::int64_t i = 0; i < result.sampled; ++i) {
        // Ids 1 + floor(i * records / sampled): evenly spread, all of them when sampled == records.
        const std::int64_t id = 1 + static_cast<std::int64_t>(static_cast<long double>(i) * records / result.sampled);
        engine.generate(id, 1, one);
        const std::int64_t time = one.front().startTime;
        if (time < *start || time > *end)
            continue;
        result.perHour[static_cast<std::size_t>((time - *start) / 3600)] += weight;
    }
    return result;
}

} // namespace cdr::gui
