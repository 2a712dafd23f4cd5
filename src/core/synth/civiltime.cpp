#include "synth/civiltime.h"

#include "calendar/belgianholidays.h"

#include <charconv>

namespace cdr {

// Howard Hinnant's days_from_civil (proleptic Gregorian).
std::int64_t CivilTime::daysFromCivil(CivilDate date)
{
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

int CivilTime::weekday(std::int64_t days)
{
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

namespace {

bool readInt(std::string_view text, std::size_t pos, std::size_t len, int &value)
{
    if (pos + len > text.size())
        return false;
    const char *first = text.data() + pos;
    const auto [ptr, ec] = std::from_chars(first, first + len, value);
    return ec == std::errc() && ptr == first + len;
}

} // namespace

std::optional<std::int64_t> CivilTime::parse(std::string_view text)
{
    CivilDate date;
    int hour = 0, minute = 0, second = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !readInt(text, 0, 4, date.year)
        || !readInt(text, 5, 2, date.month) || !readInt(text, 8, 2, date.day))
        return std::nullopt;
    if (text.size() > 10) {
        if ((text[10] != ' ' && text[10] != 'T') || text.size() < 16 || text[13] != ':'
            || !readInt(text, 11, 2, hour) || !readInt(text, 14, 2, minute))
            return std::nullopt;
        if (text.size() > 16 && (text.size() != 19 || text[16] != ':' || !readInt(text, 17, 2, second)))
            return std::nullopt;
    }
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31 || hour > 23 || minute > 59
        || second > 59 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const std::int64_t days = daysFromCivil(date);
    const CivilDate back = civilFromDays(days);
    if (back.month != date.month || back.day != date.day)
        return std::nullopt; // e.g. 2023-02-30
    return days * 86400 + hour * 3600 + minute * 60 + second;
}

std::int64_t CivilTime::dstChange(int year, bool spring)
{
    std::int64_t day = daysFromCivil({year, spring ? 3 : 10, 31});
    day -= (weekday(day) + 1) % 7; // back to Sunday (Monday = 0)
    return day * 86'400 + 2 * 3600;
}

bool CivilTime::isBelgianHoliday(std::int64_t days)
{
    return BelgianHolidays::isHoliday(days);
}

} // namespace cdr
