#include "fit/hourprofilefit.h"

#include "fit/enginesample.h"
#include "synth/civiltime.h"

#include <algorithm>
#include <numeric>

namespace cdr {

namespace {

// One kind of day's counts as shares (all 0 without records).
void toShares(const std::array<double, 24> &counts, std::array<double, 24> &shares, std::int64_t &records)
{
    const double sum = std::accumulate(counts.begin(), counts.end(), 0.0);
    records = static_cast<std::int64_t>(sum);
    for (std::size_t h = 0; h < 24; ++h)
        shares[h] = sum > 0 ? counts[h] / sum : 0.0;
}

// One round's correction of one kind of day, in percent of the day. A ratio is held within [1/2, 2] so that a
// noisy hour of a small sample cannot swing the weights; an hour the sample left empty keeps its weight.
void correct(std::array<double, 24> &weights, const std::array<double, 24> &table,
             const std::array<double, 24> &realised)
{
    for (std::size_t h = 0; h < 24; ++h)
        if (realised[h] > 0)
            weights[h] *= std::clamp(table[h] / realised[h], 0.5, 2.0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (double &weight : weights)
        weight = sum > 0 ? 100 * weight / sum : weight;
}

} // namespace

bool HourProfileFit::restDay(std::int64_t day, bool holidays)
{
    return CivilTime::weekday(day) >= 5 || (holidays && CivilTime::isBelgianHoliday(day));
}

void HourProfileFit::count(DayHourCounts &counts, std::int64_t seconds)
{
    const std::int64_t day = seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0);
    ++counts[day][static_cast<std::size_t>((seconds - day * 86400) / 3600)];
}

HourProfileFit::Shares HourProfileFit::sharesOf(const DayHourCounts &counts, bool holidays)
{
    std::array<double, 24> working{}, rest{};
    for (const auto &[day, hours] : counts)
        for (std::size_t h = 0; h < 24; ++h)
            (restDay(day, holidays) ? rest : working)[h] += static_cast<double>(hours[h]);
    Shares shares;
    toShares(working, shares.working, shares.workingRecords);
    toShares(rest, shares.rest, shares.restRecords);
    return shares;
}

HourProfileFit::Shares HourProfileFit::measure(const Config &config, std::int64_t sample)
{
    DayHourCounts counts;
    forEachSampleRecord(config, sample, [&](const CdrRecord &record) { count(counts, record.startTime); });
    return sharesOf(counts, config.events.holidays);
}

TimeProfile::HourWeights HourProfileFit::fit(const Config &config, const Shares &table, std::int64_t sample,
                                             Shares *realised)
{
    TimeProfile::HourWeights hours = TimeProfile::hoursOf(config.realism);
    if (table.workingRecords > 0)
        std::transform(table.working.begin(), table.working.end(), hours.working.begin(),
                       [](double share) { return 100 * share; });
    if (table.restRecords > 0)
        std::transform(table.rest.begin(), table.rest.end(), hours.rest.begin(),
                       [](double share) { return 100 * share; });
    Config trial = config;
    for (int round = 0; round < kRounds; ++round) {
        trial.realism.workingDayHourWeights.assign(hours.working.begin(), hours.working.end());
        trial.realism.restDayHourWeights.assign(hours.rest.begin(), hours.rest.end());
        const Shares got = measure(trial, sample);
        if (table.workingRecords > 0 && got.workingRecords > 0)
            correct(hours.working, table.working, got.working);
        if (table.restRecords > 0 && got.restRecords > 0)
            correct(hours.rest, table.rest, got.rest);
        if (realised)
            *realised = got;
    }
    return hours;
}

} // namespace cdr
