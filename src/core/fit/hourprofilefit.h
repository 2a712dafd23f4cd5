#pragma once

#include "config/config.h"
#include "synth/timeprofile.h"

#include <array>
#include <cstdint>
#include <map>

namespace cdr {

// realism.hour_weights that make a run's records fall in the hours of the day as a table's do. The weights are not
// the realised shares: a record lies a session delay after its session's start (timing/sessionclock.h), which
// smears every hour's records into the hours after it. So the fit starts from the table's shares, generates a sample
// of the config's own records with them, and corrects each hour multiplicatively, w <- w * table / realised, for
// kRounds rounds: a fixed-point iteration of the engine's smear.
class HourProfileFit {
public:
    static constexpr int kRounds = 3;
    // Records of the config generated per round.
    static constexpr std::int64_t kSample = 300'000;

    using DayHourCounts = std::map<std::int64_t, std::array<std::int64_t, 24>>; // day since 1970 -> per hour
    // Each hour's share of the records of working days and of rest days (each sums to 1, or is all 0 without
    // records), and how many records each kind of day has.
    struct Shares {
        std::array<double, 24> working{};
        std::array<double, 24> rest{};
        std::int64_t workingRecords = 0;
        std::int64_t restRecords = 0;
    };

    // A Saturday, a Sunday or, with events.holidays, a Belgian public holiday.
    static bool restDay(std::int64_t day, bool holidays);
    // Adds a record starting at `seconds` (wall-clock seconds since 1970) to its day and hour.
    static void count(DayHourCounts &counts, std::int64_t seconds);
    static Shares sharesOf(const DayHourCounts &counts, bool holidays);
    // The shares of `sample` records (ids 1..sample) of `config`.
    static Shares measure(const Config &config, std::int64_t sample);
    // The weights (in percent of their day, 00 h first) whose run gives `table`'s shares, starting from `config` with
    // its hour weights replaced; `realised` gets the shares the last round measured (before its correction).
    static TimeProfile::HourWeights fit(const Config &config, const Shares &table, std::int64_t sample,
                                        Shares *realised = nullptr);
};

} // namespace cdr
