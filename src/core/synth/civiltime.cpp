#include "synth/civiltime.h"

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

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
CivilDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
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

bool CivilTime::isBelgianHoliday(std::int64_t days)
{
    const CivilDate date = civilFromDays(days);
    static constexpr int fixed[][2] = {{1, 1}, {5, 1}, {7, 21}, {8, 15}, {11, 1}, {11, 11}, {12, 25}};
    for (const auto &md : fixed)
        if (date.month == md[0] && date.day == md[1])
            return true;
    const std::int64_t easter = daysFromCivil(easterSunday(date.year));
    // Easter Monday, Ascension (Easter + 39), Whit Monday (Easter + 50).
    return days == easter + 1 || days == easter + 39 || days == easter + 50;
}

} // namespace cdr
