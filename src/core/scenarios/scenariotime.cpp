#include "scenarios/scenariotime.h"

#include "synth/randomstream.h"
#include "synth/timeprofile.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace cdr::ScenarioTime {

namespace {

std::array<double, 24> weightsOf(Hours hours, bool weekend)
{
    std::array<double, 24> w{};
    switch (hours) {
    case Hours::AllDay:
        for (int h = 0; h < 24; ++h)
            w[h] = h < 6 ? 0.5 : 1.0;
        break;
    case Hours::Night:
        for (int h = 0; h < 24; ++h)
            w[h] = h < 6 || h >= 22 ? 1.0 : 0.0;
        break;
    case Hours::Business:
        for (int h = 9; h < 17 && !weekend; ++h)
            w[h] = 1.0;
        break;
    case Hours::Human:
        w = weekend ? TimeProfile::weekendHours() : TimeProfile::weekdayHours();
        break;
    }
    return w;
}

int drawHour(const std::array<double, 24> &weights, RandomStream &random)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double u = random.uniform() * total;
    for (int h = 0; h < 24; ++h) {
        if (u < weights[h])
            return h;
        u -= weights[h];
    }
    return 23;
}

} // namespace

int weekday(std::int64_t seconds)
{
    const std::int64_t day = seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
    return static_cast<int>(((day + 3) % 7 + 7) % 7);
}

std::int64_t draw(std::int64_t from, std::int64_t to, Hours hours, RandomStream &random)
{
    const std::int64_t firstDay = from - (from % kDay + kDay) % kDay;
    const auto days = static_cast<std::uint64_t>((to - firstDay) / kDay + 1);
    std::int64_t t = from;
    // A day without any hour of the profile (a weekend for Business) or a moment outside the window draws again.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const std::int64_t day = firstDay + static_cast<std::int64_t>(random.below(days)) * kDay;
        const std::array<double, 24> weights = weightsOf(hours, isWeekend(day));
        if (std::all_of(weights.begin(), weights.end(), [](double w) { return w <= 0; }))
            continue;
        t = day + drawHour(weights, random) * 3600 + static_cast<std::int64_t>(random.below(3600));
        if (t >= from && t <= to)
            return t;
    }
    return std::clamp(t, from, to);
}

} // namespace cdr::ScenarioTime
