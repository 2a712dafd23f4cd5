#include "fit/profilefit.h"

#include "calendar/eventcalendar.h"
#include "config/subscriberbudget.h"
#include "fit/eventfailureshares.h"
#include "fit/hourprofilefit.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"
#include "synth/recordformatter.h"
#include "synth/timeprofile.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace cdr {

namespace {

std::string decimal(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

// `value` to `decimals` places, as the double the decimal text reads back to (the config file stays readable).
double rounded(double value, int decimals)
{
    return std::strtod(decimal(value, decimals).c_str(), nullptr);
}

std::string dayTime(std::int64_t seconds)
{
    std::string text;
    RecordFormatter::appendTimestamp(text, seconds);
    return text;
}

std::int64_t total(const std::map<std::string, std::int64_t> &counts)
{
    std::int64_t sum = 0;
    for (const auto &[name, count] : counts)
        sum += count;
    return sum;
}

// The names the table has, those of the base config first in its order, then the others by descending count.
std::vector<std::string> orderedNames(const std::vector<std::string> &base,
                                      const std::map<std::string, std::int64_t> &counts)
{
    std::vector<std::string> names;
    for (const std::string &name : base)
        if (counts.count(name))
            names.push_back(name);
    std::vector<std::pair<std::int64_t, std::string>> others;
    for (const auto &[name, count] : counts)
        if (std::find(base.begin(), base.end(), name) == base.end())
            others.emplace_back(-count, name);
    std::sort(others.begin(), others.end());
    for (const auto &[negativeCount, name] : others)
        names.push_back(name);
    return names;
}

// The engine's day weights for `config`'s period with weekend_activity 1: holidays and New Year's surge included.
TimeProfile unitTimeProfile(const Config &config)
{
    const EventCalendar calendar(config, {}); // the surges need no antenna
    return TimeProfile(*CivilTime::parse(config.generation.periodStart), *CivilTime::parse(config.generation.periodEnd),
                       1.0, config.events.holidays, TimeProfile::surgesOf(calendar),
                       TimeProfile::hoursOf(config.realism));
}

// The largest difference between two kinds of hourly shares, in percentage points, and its hour.
std::string farthest(const std::array<double, 24> &a, const std::array<double, 24> &b)
{
    std::pair<double, int> worst{0, 0};
    for (int h = 0; h < 24; ++h)
        worst = std::max(worst, {std::abs(100 * (a[h] - b[h])), h});
    return decimal(worst.first, 2) + " points (at " + std::to_string(worst.second) + " h)";
}

class Fitter {
public:
    Fitter(const ProfileTally &tally, const Config &base) : m_tally(tally), m_result{base, {}} {}

    ProfileFit::Result run()
    {
        if (m_result.config.scenarios.enabled())
            note("scenarios are enabled in the base config: the fit does not invert their records");
        if (m_result.config.defects.enabled())
            note("defects are enabled in the base config: the fit does not invert their damage");
        for (const std::string &column : m_tally.missingColumns)
            note("the source has no column " + column);
        fitVolume();
        fitTypes();
        fitHours();   // before the weekend: New Year's midnight surge weighs its hours
        fitWeekend(); // before the statuses: the share of records in New Year's failures depends on it
        fitStatuses();
        fitDuration("voice", m_tally.answeredVoice, m_result.config.realism.voiceMedianSeconds,
                    m_result.config.realism.voiceSigma);
        fitDuration("data", m_tally.answeredData, m_result.config.realism.dataMedianSeconds,
                    m_result.config.realism.dataSigma);
        return std::move(m_result);
    }

private:
    void note(std::string text) { m_result.notes.push_back(std::move(text)); }

    void fitVolume()
    {
        Config &c = m_result.config;
        c.generation.records = m_tally.records;
        if (m_tally.byDayHour.empty()) {
            note("period: no start_time parses; generation.period kept");
        } else {
            const std::int64_t first = m_tally.byDayHour.begin()->first, last = m_tally.byDayHour.rbegin()->first;
            c.generation.periodStart = dayTime(first * 86400);
            c.generation.periodEnd = dayTime(last * 86400 + 86399);
            m_periodFitted = true;
        }
        note("generation.records " + std::to_string(c.generation.records) + ", generation.period "
             + c.generation.periodStart + " to " + c.generation.periodEnd);
        const auto seen = static_cast<std::int64_t>(m_tally.perSubscriber.size());
        if (m_tally.records < ProfileFit::kMinimumSamples || seen == 0) {
            note("records per subscriber per day: too few records or no caller column; generation.subscribers kept");
            return;
        }
        // Subscribers who placed or received nothing are not in the table: the bias-corrected Chao1 estimate of
        // them from those seen once and twice.
        const double once = static_cast<double>(m_tally.subscribersWith(1));
        const double twice = static_cast<double>(m_tally.subscribersWith(2));
        const auto unseen = static_cast<std::int64_t>(std::llround(once * (once - 1) / (2 * (twice + 1))));
        c.generation.subscribers = seen + unseen;
        const double perDay = static_cast<double>(c.generation.records)
            / static_cast<double>(c.generation.subscribers) / SubscriberBudget::periodDays(c.generation);
        c.realism.dailyRecordsPerSubscriber = rounded(perDay, 6);
        note("generation.subscribers " + std::to_string(c.generation.subscribers) + " (" + std::to_string(seen)
             + " seen, " + std::to_string(unseen) + " estimated unseen): " + decimal(perDay, 3)
             + " records per subscriber per day (realism.daily_records_per_subscriber)");
    }

    void fitTypes()
    {
        Config &c = m_result.config;
        const std::int64_t typed = total(m_tally.types);
        if (typed < ProfileFit::kMinimumSamples) {
            note("call type mix: " + std::to_string(typed) + " typed records (fewer than "
                 + std::to_string(ProfileFit::kMinimumSamples) + "); data_types.call_types and "
                 "realism.call_type_weights kept");
            return;
        }
        c.callTypes = orderedNames(c.callTypes, m_tally.types);
        c.realism.callTypeWeights.clear();
        for (auto it = c.realism.statusWeights.begin(); it != c.realism.statusWeights.end();)
            it = std::find(c.callTypes.begin(), c.callTypes.end(), it->first) == c.callTypes.end()
                ? c.realism.statusWeights.erase(it) : std::next(it); // a base type the table does not have
        std::string mix;
        for (const std::string &type : c.callTypes) {
            const double percent = 100.0 * static_cast<double>(m_tally.types.at(type)) / static_cast<double>(typed);
            c.realism.callTypeWeights[type] = rounded(percent, 4);
            mix += (mix.empty() ? "" : ", ") + type + " " + decimal(percent, 2);
        }
        m_typesFitted = true;
        note("realism.call_type_weights: " + mix);
    }

    void fitStatuses()
    {
        Config &c = m_result.config;
        if (!m_typesFitted || total(m_tally.statuses) < ProfileFit::kMinimumSamples) {
            note("status mix: too few records with a type and a status; data_types.call_status and "
                 "realism.status_weights kept");
            return;
        }
        c.callStatus = orderedNames(c.callStatus, m_tally.statuses);
        c.realism.statusWeights.clear();
        const std::vector<double> forced = EventFailureShares::measure(c, std::min(c.generation.records,
                                                                                   ProfileFit::kFailureSample));
        const std::size_t failed = EventFailureShares::firstStatus(c, OutcomeKind::Failed);
        for (std::size_t t = 0; t < c.callTypes.size(); ++t) {
            const std::string &type = c.callTypes[t];
            const auto counts = m_tally.statusByType.find(type);
            const std::int64_t records = counts == m_tally.statusByType.end() ? 0 : total(counts->second);
            if (records < ProfileFit::kMinimumSamples) {
                note("status mix of " + type + ": " + std::to_string(records)
                     + " records; the engine's default statuses for its service");
                continue;
            }
            const double f = failed < c.callStatus.size() ? std::min(forced[t], 0.999) : 0.0;
            std::string shares;
            for (std::size_t s = 0; s < c.callStatus.size(); ++s) {
                const auto it = counts->second.find(c.callStatus[s]);
                const double realised = it == counts->second.end()
                    ? 0.0 : static_cast<double>(it->second) / static_cast<double>(records);
                const double drawn = std::max(0.0, (realised - (s == failed ? f : 0.0)) / (1 - f));
                c.realism.statusWeights[type][c.callStatus[s]] = rounded(100 * drawn, 4);
                shares += (shares.empty() ? "" : ", ") + c.callStatus[s] + " " + decimal(100 * drawn, 2);
            }
            note("realism.status_weights." + type + ": " + shares
                 + (f > 0 ? " (" + decimal(100 * f, 3) + " % forced to fail by calendar events, taken out)" : ""));
        }
    }

    void fitDuration(const std::string &service, const DurationFit &durations, double &median, double &sigma)
    {
        const Config &c = m_result.config;
        const auto fitted = durations.fit(c.duration.min, c.duration.max, ProfileFit::kMinimumSamples);
        if (!fitted) {
            note(service + " durations: " + std::to_string(durations.samples())
                 + " answered with a duration > 0 within ranges.duration; realism." + service
                 + "_median_s and realism." + service + "_sigma kept");
            return;
        }
        median = rounded(fitted->median, 3);
        sigma = rounded(fitted->sigma, 5);
        const std::int64_t outside = durations.samples() - fitted->samples;
        note("realism." + service + "_median_s " + decimal(median, 1) + ", realism." + service + "_sigma "
             + decimal(sigma, 3) + " (lognormal truncated to ranges.duration, from " + std::to_string(fitted->samples)
             + " answered records"
             + (outside > 0 ? "; " + std::to_string(outside) + " outside ranges.duration left out" : "") + ")");
    }

    void fitWeekend()
    {
        Config &c = m_result.config;
        const HourProfileFit::Shares days = HourProfileFit::sharesOf(m_tally.byDayHour, c.events.holidays);
        const auto rest = static_cast<double>(days.restRecords), work = static_cast<double>(days.workingRecords);
        const TimeProfile profile = unitTimeProfile(c);
        if (!m_periodFitted || rest + work < ProfileFit::kMinimumSamples || profile.restWeight() <= 0
            || profile.workWeight() <= 0 || work <= 0) {
            note("weekend activity: the period needs rest days and working days with records; "
                 "realism.weekend_activity kept");
            return;
        }
        const double activity = rest / work * profile.workWeight() / profile.restWeight();
        c.realism.weekendActivity = rounded(std::clamp(activity, 0.0, 10.0), 5);
        note("realism.weekend_activity " + decimal(activity, 3) + " (a rest day's records over a working day's)"
             + (activity > 10 ? ", capped at 10" : ""));
    }

    // realism.hour_weights: the table's share of records per hour of working days and of rest days, with the
    // engine's session smear inverted (HourProfileFit). A kind of day with too few records keeps the base hours.
    void fitHours()
    {
        Config &c = m_result.config;
        HourProfileFit::Shares table = HourProfileFit::sharesOf(m_tally.byDayHour, c.events.holidays);
        const std::int64_t working = table.workingRecords, rest = table.restRecords;
        if (working < ProfileFit::kMinimumSamples)
            table.workingRecords = 0; // HourProfileFit::fit leaves a kind of day without records as it is
        if (rest < ProfileFit::kMinimumSamples)
            table.restRecords = 0;
        if (table.workingRecords == 0 && table.restRecords == 0) {
            note("hourly profile: " + std::to_string(working) + " records on working days and " + std::to_string(rest)
                 + " on rest days (fewer than " + std::to_string(ProfileFit::kMinimumSamples)
                 + " each); realism.hour_weights kept");
            return;
        }
        const std::int64_t sample = std::min(c.generation.records, HourProfileFit::kSample);
        HourProfileFit::Shares realised;
        const TimeProfile::HourWeights hours = HourProfileFit::fit(c, table, sample, &realised);
        auto write = [&](const char *key, std::vector<double> &out, const std::array<double, 24> &weights,
                         const std::array<double, 24> &tableShares, const std::array<double, 24> &realisedShares,
                         std::int64_t records) {
            const std::string name = std::string("realism.hour_weights.") + key;
            if (records < ProfileFit::kMinimumSamples) {
                note(name + ": " + std::to_string(records) + " records (fewer than "
                     + std::to_string(ProfileFit::kMinimumSamples) + "); kept");
                return;
            }
            out.clear();
            for (const double weight : weights)
                out.push_back(rounded(weight, 3));
            note(name + " from " + std::to_string(records) + " records; the last of "
                 + std::to_string(HourProfileFit::kRounds) + " rounds of " + std::to_string(sample)
                 + " generated records, before its correction, was within " + farthest(tableShares, realisedShares)
                 + " of the table's share per hour");
        };
        write("working_day", c.realism.workingDayHourWeights, hours.working, table.working, realised.working, working);
        write("rest_day", c.realism.restDayHourWeights, hours.rest, table.rest, realised.rest, rest);
    }

    const ProfileTally &m_tally;
    ProfileFit::Result m_result;
    bool m_periodFitted = false;
    bool m_typesFitted = false;
};

} // namespace

std::string ProfileFit::fit(const std::string &source, const std::string &table, const Config &base, Result &out)
{
    std::string error;
    auto spec = RowSourceSpec::parse(source, &error);
    if (!spec)
        return error;
    spec->table = table.empty() ? std::string("cdr") : table;
    return fit(*spec, base, out);
}

std::string ProfileFit::fit(const RowSourceSpec &source, const Config &base, Result &out)
{
    ProfileTally tally;
    const std::string error = CdrRowSource::read(source, ProfileTally::columns(),
                                                 [&](const CdrRowSource::Row &row) { tally.add(row); });
    if (!error.empty())
        return error;
    if (tally.records == 0)
        return source.describe() + " holds no row to fit a config to";
    out = derive(tally, base);
    return {};
}

ProfileFit::Result ProfileFit::derive(const ProfileTally &tally, const Config &base)
{
    return Fitter(tally, base).run();
}

} // namespace cdr
