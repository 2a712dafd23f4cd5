#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace cdr {

// generation.period.start/end: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", years 1970..9999, calendar-checked.
// Returns seconds since 1970-01-01 00:00:00 of that wall-clock time treated as UTC arithmetic (no zone), the
// same convention as CdrRecord::startTime.
std::optional<std::int64_t> parsePeriodTime(const std::string &text);

} // namespace cdr
