#pragma once

#include "fit/durationfit.h"
#include "fit/hourprofilefit.h"
#include "report/cdrrowsource.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace cdr {

// What a config fit needs of a CDR table, counted in one pass over its rows: memory grows with the distinct call
// types, statuses, durations, days and subscribers, never with the records.
struct ProfileTally {
    // The columns read (CdrRowSource), in this order.
    enum Column : std::size_t { StartTime, Duration, Type, Status, Caller, Callee, AntennaReception };
    static const std::vector<std::string> &columns();

    std::int64_t records = 0;
    std::vector<std::string> missingColumns;
    std::map<std::string, std::int64_t> types;                                // by type
    std::map<std::string, std::map<std::string, std::int64_t>> statusByType;  // by type, then status
    std::map<std::string, std::int64_t> statuses;                             // over all types
    DurationFit answeredVoice; // answered voice calls (types of the voice service, statuses of the success outcome)
    DurationFit answeredData;
    HourProfileFit::DayHourCounts byDayHour; // day since 1970 -> records per hour of day
    std::unordered_map<std::uint64_t, std::uint32_t> perSubscriber; // number (hashed) -> records placed + received

    void add(const CdrRowSource::Row &row);
    // Subscribers with exactly `records` records.
    std::int64_t subscribersWith(std::uint32_t records) const;
};

} // namespace cdr
