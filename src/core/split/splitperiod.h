#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cdr {

// --split: one file per day or hour of the records' start times (Belgian wall clock, like CdrRecord::startTime, so
// the October hour that happens twice goes into one hour file and the March hour that does not exist has none).
enum class SplitPeriod { None, Day, Hour };

// "day" or "hour"; nullopt otherwise.
std::optional<SplitPeriod> parseSplitPeriod(std::string_view text);
const char *splitPeriodName(SplitPeriod period); // "none", "day", "hour"

// The slice a start time falls in: days or hours since 1970-01-01 00:00 wall clock.
std::int64_t sliceOf(SplitPeriod period, std::int64_t startTime);
// The slice in a file name: "20240624" for a day, "2024062413" for an hour.
std::string sliceLabel(SplitPeriod period, std::int64_t slice);

} // namespace cdr
