#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cdr {

// Belgium's ten legal public holidays (Law of 4 January 1974 on public holidays; belgium.be "Public holidays"):
// seven fixed dates and three that follow Easter (Easter Monday, Ascension = Easter + 39, Whit Monday = Easter + 50).
struct BelgianHoliday {
    std::int64_t day = 0; // days since 1970-01-01
    std::string name;     // English name, with the French and Dutch ones
};

class BelgianHolidays {
public:
    // The holidays of one year, in date order.
    static std::vector<BelgianHoliday> ofYear(int year);
    // The holidays whose day overlaps [firstDay, lastDay].
    static std::vector<BelgianHoliday> between(std::int64_t firstDay, std::int64_t lastDay);
    static bool isHoliday(std::int64_t day);
    // Easter Sunday of a Gregorian year (anonymous algorithm, Meeus/Jones/Butcher), as days since 1970-01-01.
    static std::int64_t easterSunday(int year);
};

} // namespace cdr
