#pragma once

#include "synth/aliastable.h"

#include <array>
#include <cstdint>
#include <vector>

namespace cdr {

class EventCalendar;
class RandomStream;
struct RealismConfig;

// When calls happen: every hour of the period is weighted by an hour-of-day profile (quiet nights, office-hour
// plateaus, evening peak; a flatter, later one on weekends and, when they are on, Belgian public holidays) times the
// day's weight (weekend_activity for rest days). Surges multiply the weight of a window (New Year's midnight). A
// draw picks a stretch of at most an hour, then a uniform second in it.
class TimeProfile {
public:
    // A window [from, to] (inclusive seconds) whose rate is `factor` times the usual one.
    struct Surge {
        std::int64_t from = 0;
        std::int64_t to = 0;
        double factor = 1;
    };

    // Relative call volume per hour of day (00 h first) on working days and on rest days.
    struct HourWeights {
        std::array<double, 24> working{};
        std::array<double, 24> rest{};
    };

    // The built-in profile: relative call volume per hour, Monday-Friday and weekend/holiday.
    static const std::array<double, 24> &weekdayHours();
    static const std::array<double, 24> &weekendHours();
    static HourWeights builtInHours() { return {weekdayHours(), weekendHours()}; }
    // realism.hour_weights: each list of 24 replaces the built-in hours of its days, an empty one keeps them.
    static HourWeights hoursOf(const RealismConfig &realism);

    // The surges of a calendar's events (New Year's midnights).
    static std::vector<Surge> surgesOf(const EventCalendar &calendar);

    // start and end (inclusive) in wall-clock seconds since 1970.
    TimeProfile(std::int64_t start, std::int64_t end, double weekendActivity, bool holidays = true,
                const std::vector<Surge> &surges = {}, const HourWeights &hours = builtInHours());
    std::int64_t draw(RandomStream &random) const;
    std::int64_t start() const { return m_start; }
    std::int64_t end() const { return m_end; }
    // The summed weights of the period's rest days (weekends and, when on, holidays; weekend_activity included) and
    // of its working days: records fall on rest days and working days in the ratio restWeight() : workWeight().
    double restWeight() const { return m_restWeight; }
    double workWeight() const { return m_workWeight; }
    // Whether a time of the period falls in working hours (09:00-17:00 of a weekday that is not a holiday).
    bool isWorkHour(std::int64_t seconds) const
    {
        const std::int64_t index = seconds / 3600 - m_firstHour;
        return index >= 0 && static_cast<std::size_t>(index) < m_workHours.size() && m_workHours[static_cast<std::size_t>(index)];
    }

private:
    std::int64_t m_start;
    std::int64_t m_end;
    std::int64_t m_firstHour; // hour index (seconds / 3600) of the start
    std::vector<std::int64_t> m_stretchStart; // first second of each stretch; a stretch ends where the next begins
    AliasTable m_stretches;
    std::vector<std::uint8_t> m_workHours; // per hour of the period
    double m_restWeight = 0;
    double m_workWeight = 0;
};

} // namespace cdr
