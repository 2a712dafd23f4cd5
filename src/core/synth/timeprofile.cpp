#include "synth/timeprofile.h"

#include "calendar/eventcalendar.h"
#include "config/config.h"
#include "synth/civiltime.h"
#include "synth/randomstream.h"

#include <algorithm>
#include <cstdint>

namespace cdr {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

const std::array<double, 24> &TimeProfile::weekdayHours()
{
    // Low 01-06 h, busy 09-12 h and 15-17 h, peak 18-21 h (docs/realism.md, "Records").
    static const std::array<double, 24> hours{1.2, 0.6, 0.35, 0.25, 0.25, 0.45, 1.2, 2.6, 4.0, 5.0, 5.3, 5.2,
                                              4.6, 4.6, 4.9, 5.2, 5.4, 5.8, 6.2, 6.3, 5.8, 4.6, 3.2, 2.0};
    return hours;
}

const std::array<double, 24> &TimeProfile::weekendHours()
{
    // Later mornings, no office plateau, longer evenings.
    static const std::array<double, 24> hours{2.0, 1.2, 0.7, 0.4, 0.3, 0.3, 0.6, 1.2, 2.2, 3.4, 4.4, 5.0,
                                              5.0, 4.8, 4.7, 4.8, 5.0, 5.2, 5.4, 5.4, 5.0, 4.2, 3.2, 2.4};
    return hours;
}

TimeProfile::HourWeights TimeProfile::hoursOf(const RealismConfig &realism)
{
    HourWeights hours = builtInHours();
    if (realism.workingDayHourWeights.size() == hours.working.size())
        std::copy(realism.workingDayHourWeights.begin(), realism.workingDayHourWeights.end(), hours.working.begin());
    if (realism.restDayHourWeights.size() == hours.rest.size())
        std::copy(realism.restDayHourWeights.begin(), realism.restDayHourWeights.end(), hours.rest.begin());
    return hours;
}

std::vector<TimeProfile::Surge> TimeProfile::surgesOf(const EventCalendar &calendar)
{
    std::vector<Surge> surges;
    for (const CalendarEvent &event : calendar.events())
        if (event.kind == CalendarEvent::Kind::NewYear)
            surges.push_back({event.start, event.end, event.surge});
    return surges;
}

TimeProfile::TimeProfile(std::int64_t start, std::int64_t end, double weekendActivity, bool holidays,
                         const std::vector<Surge> &surges, const HourWeights &hours)
    : m_start(start), m_end(std::max(start, end)), m_firstHour(floorDiv(start, 3600))
{
    double weekdayTotal = 0, weekendTotal = 0;
    for (int h = 0; h < 24; ++h)
        weekdayTotal += hours.working[h], weekendTotal += hours.rest[h];
    auto surgeAt = [&](std::int64_t second) {
        double factor = 1;
        for (const Surge &s : surges)
            if (second >= s.from && second <= s.to)
                factor *= s.factor;
        return factor;
    };

    const std::int64_t lastHour = floorDiv(m_end, 3600);
    std::vector<double> weights;
    weights.reserve(static_cast<std::size_t>(lastHour - m_firstHour + 1));
    for (std::int64_t hour = m_firstHour; hour <= lastHour; ++hour) {
        const std::int64_t day = floorDiv(hour, 24);
        const int hourOfDay = static_cast<int>(hour - day * 24);
        const bool restDay = CivilTime::weekday(day) >= 5 || (holidays && CivilTime::isBelgianHoliday(day));
        const double perHour = restDay ? weekendActivity * hours.rest[hourOfDay] / weekendTotal
                                       : hours.working[hourOfDay] / weekdayTotal;
        m_workHours.push_back(!restDay && hourOfDay >= 9 && hourOfDay < 17 ? 1 : 0);
        // The hour, clipped to the period, cut where a surge begins or ends; each stretch weighs its seconds.
        std::vector<std::int64_t> cuts{std::max(hour * 3600, m_start), std::min(hour * 3600 + 3599, m_end) + 1};
        for (const Surge &s : surges)
            for (const std::int64_t edge : {s.from, s.to + 1})
                if (edge > cuts.front() && edge < cuts.back())
                    cuts.push_back(edge);
        std::sort(cuts.begin() + 1, cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
            m_stretchStart.push_back(cuts[i]);
            weights.push_back(perHour * static_cast<double>(cuts[i + 1] - cuts[i]) / 3600.0 * surgeAt(cuts[i]));
            (restDay ? m_restWeight : m_workWeight) += weights.back();
        }
    }
    m_stretchStart.push_back(m_end + 1);
    m_stretches = AliasTable(weights);
}

std::int64_t TimeProfile::draw(RandomStream &random) const
{
    const std::size_t stretch = m_stretches.sample(random.next());
    const std::int64_t from = m_stretchStart[stretch], to = m_stretchStart[stretch + 1] - 1;
    return from + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(to - from + 1)));
}

} // namespace cdr
