#pragma once

#include "synth/aliastable.h"

#include <array>
#include <cstdint>
#include <vector>

namespace cdr {

class RandomStream;

// When calls happen: every hour of the period is weighted by an hour-of-day profile (quiet nights, office-hour
// plateaus, evening peak; a flatter, later one on weekends and Belgian public holidays) times the day's weight
// (weekend_activity for weekends and holidays). A draw picks an hour, then a uniform second in it.
class TimeProfile {
public:
    // Relative call volume per hour, Monday-Friday and weekend/holiday.
    static const std::array<double, 24> &weekdayHours();
    static const std::array<double, 24> &weekendHours();

    // start and end (inclusive) in wall-clock seconds since 1970.
    TimeProfile(std::int64_t start, std::int64_t end, double weekendActivity);
    std::int64_t draw(RandomStream &random) const;

private:
    std::int64_t m_start;
    std::int64_t m_end;
    std::int64_t m_firstHour; // hour index (seconds / 3600) of the start
    AliasTable m_hours;
};

} // namespace cdr
