#include "calendar/belgianholidays.h"

#include "synth/civiltime.h"

#include <algorithm>

namespace cdr {

std::int64_t BelgianHolidays::easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return CivilTime::daysFromCivil({year, month, day});
}

std::vector<BelgianHoliday> BelgianHolidays::ofYear(int year)
{
    auto on = [year](int month, int day) { return CivilTime::daysFromCivil({year, month, day}); };
    const std::int64_t easter = easterSunday(year);
    std::vector<BelgianHoliday> holidays{
        {on(1, 1), "New Year's Day (Nouvel An / Nieuwjaar)"},
        {easter + 1, "Easter Monday (Lundi de Pâques / Paasmaandag)"},
        {on(5, 1), "Labour Day (Fête du Travail / Dag van de Arbeid)"},
        {easter + 39, "Ascension Day (Ascension / Onze-Lieve-Heer-Hemelvaart)"},
        {easter + 50, "Whit Monday (Lundi de Pentecôte / Pinkstermaandag)"},
        {on(7, 21), "Belgian National Day (Fête nationale / Nationale feestdag)"},
        {on(8, 15), "Assumption Day (Assomption / Onze-Lieve-Vrouw-Hemelvaart)"},
        {on(11, 1), "All Saints' Day (Toussaint / Allerheiligen)"},
        {on(11, 11), "Armistice Day (Armistice / Wapenstilstand)"},
        {on(12, 25), "Christmas Day (Noël / Kerstmis)"},
    };
    std::stable_sort(holidays.begin(), holidays.end(), [](const auto &a, const auto &b) { return a.day < b.day; });
    return holidays;
}

std::vector<BelgianHoliday> BelgianHolidays::between(std::int64_t firstDay, std::int64_t lastDay)
{
    std::vector<BelgianHoliday> result;
    if (lastDay < firstDay)
        return result;
    for (int year = CivilTime::civilFromDays(firstDay).year; year <= CivilTime::civilFromDays(lastDay).year; ++year)
        for (BelgianHoliday &h : ofYear(year))
            if (h.day >= firstDay && h.day <= lastDay)
                result.push_back(std::move(h));
    return result;
}

bool BelgianHolidays::isHoliday(std::int64_t day)
{
    const int year = CivilTime::civilFromDays(day).year;
    for (const BelgianHoliday &h : ofYear(year))
        if (h.day == day)
            return true;
    return false;
}

} // namespace cdr
