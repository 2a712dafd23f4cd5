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
    static CivilDate civilFromDays(std::int64_t days);
    // 0 = Monday .. 6 = Sunday
    static int weekday(std::int64_t days);
    // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM[:SS]" (a 'T' separator is accepted); nullopt when malformed.
    static std::optional<std::int64_t> parse(std::string_view text);
    // Belgium's ten legal public holidays (fixed dates and the Easter-based ones); calls follow a Sunday profile.
    static bool isBelgianHoliday(std::int64_t days);
};

} // namespace cdr
