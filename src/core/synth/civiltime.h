#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace cdr {

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

// Calendar arithmetic on wall-clock seconds since 1970-01-01 (no time zone; see CdrRecord::startTime).
class CivilTime {
public:
    static std::int64_t daysFromCivil(CivilDate date);
    // Howard Hinnant's civil_from_days (proleptic Gregorian); inline because the CSV formatter calls it per row.
    static CivilDate civilFromDays(std::int64_t days)
    {
        days += 719468;
        const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
        const auto doe = static_cast<unsigned>(days - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        const unsigned d = doy - (153 * mp + 2) / 5 + 1;
        const unsigned m = mp < 10 ? mp + 3 : mp - 9;
        return {static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0)), static_cast<int>(m),
                static_cast<int>(d)};
    }
    // 0 = Monday .. 6 = Sunday
    static int weekday(std::int64_t days);
    // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM[:SS]" (a 'T' separator is accepted); nullopt when malformed.
    static std::optional<std::int64_t> parse(std::string_view text);
    // Belgium's ten legal public holidays (fixed dates and the Easter-based ones); calls follow a Sunday profile.
    static bool isBelgianHoliday(std::int64_t days);
    // Belgian clocks change at 02:00 wall-clock on the last Sunday of March (to 03:00: the hour from this moment
    // does not exist) and of October (back to 02:00: this hour happens twice). The moment the hour starts.
    static std::int64_t dstChange(int year, bool spring);
};

} // namespace cdr
