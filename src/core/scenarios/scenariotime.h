#pragma once

#include <cstdint>

namespace cdr {

class RandomStream;

// When a scenario's record happens: a moment of its window, at the hours its behaviour keeps.
namespace ScenarioTime {

enum class Hours : std::uint8_t {
    AllDay,   // round the clock, somewhat quieter from midnight to 6 (a SIM box terminating others' traffic)
    Night,    // 22:00-06:00 (Wangiri bursts, premium-rate pumping)
    Business, // weekdays 9:00-17:00 (a call centre)
    Human     // the ordinary subscribers' hours (TimeProfile's weekday and weekend profiles)
};

inline constexpr std::int64_t kDay = 86'400;

// Uniform day of [from, to] (inclusive, wall-clock seconds), hour by the profile, minute and second uniform.
std::int64_t draw(std::int64_t from, std::int64_t to, Hours hours, RandomStream &random);
// Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday).
int weekday(std::int64_t seconds);
inline bool isWeekend(std::int64_t seconds) { return weekday(seconds) >= 5; }
// Weekdays 9:00-17:00.
inline bool isWorkHour(std::int64_t seconds)
{
    const std::int64_t hour = (seconds / 3600) % 24;
    return !isWeekend(seconds) && hour >= 9 && hour < 17;
}

} // namespace ScenarioTime

} // namespace cdr
