#pragma once

#include "config/config.h"
#include "model/schema.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace cdr {

// The values a run can write, computed from its config alone (before a record exists), so an existing table can be
// checked against them before the first row: the extremes of each number column and the longest text of each text
// column, in characters.
struct RunValueLimits {
    std::array<std::int64_t, kCdrColumnCount> smallest{}; // Id and Integer columns
    std::array<std::int64_t, kCdrColumnCount> largest{};  // Id and Integer columns
    std::array<std::size_t, kCdrColumnCount> longestText{}; // Text columns; Timestamp: 19
    double largestAbsCoordinate = 0;                      // Real columns, degrees
    std::string firstDay, lastDay;                        // generation.period as "YYYY-MM-DD"
    bool offNetCallers = false; // scenarios: some callers are not ours, their emitting columns empty (NULL)

    std::int64_t largestId() const { return largest[0]; }
};

// Limits of a run writing ids up to largestId (the run's, or its shard's, last id).
RunValueLimits runValueLimits(const Config &config, std::int64_t largestId);

} // namespace cdr
