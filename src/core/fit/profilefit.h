#pragma once

#include "config/config.h"
#include "fit/profiletally.h"
#include "report/cdrrowsource.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cdr {

// A config whose run reproduces a CDR table's profile (docs/fit.md): from the table's rows it derives the knobs a
// profile determines - the records, period and subscriber count (records per subscriber per day), the call type mix,
// each type's status mix, the duration medians and sigmas of answered voice and data, the hourly profile
// (hour_weights) and weekend_activity - and leaves every other key as the base config has it. Each knob inverts what
// the engine does to it (truncated durations, failures forced by calendar events, the session clock's smear of the
// hours, New Year's surge and holidays in the day weights), so the run's realised figure, not only the knob, equals
// the table's.
class ProfileFit {
public:
    // Fewer records than this for a knob leave it at the base config's value.
    static constexpr std::int64_t kMinimumSamples = 100;
    // Records of the fitted config generated to measure the failures its events force (EventFailureShares).
    static constexpr std::int64_t kFailureSample = 100'000;

    struct Result {
        Config config;
        std::vector<std::string> notes; // per knob: what was fitted, or why it kept the base value
    };

    // Reads `source` (csv:PATH, or sqlite:PATH with `table`) and fits over `base`; an error text when it cannot be
    // read or holds no row.
    static std::string fit(const std::string &source, const std::string &table, const Config &base, Result &out);
    // The same for any source the report reads (PostgreSQL, ODBC, a column mapping).
    static std::string fit(const RowSourceSpec &source, const Config &base, Result &out);
    static Result derive(const ProfileTally &tally, const Config &base);
};

} // namespace cdr
