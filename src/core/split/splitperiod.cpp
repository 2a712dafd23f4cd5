#include "split/splitperiod.h"

#include "synth/civiltime.h"

#include <cstdio>

namespace cdr {

namespace {
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHour = 3600;

std::int64_t floorDivide(std::int64_t value, std::int64_t by)
{
    return value / by - (value % by < 0 ? 1 : 0);
}
} // namespace

std::optional<SplitPeriod> parseSplitPeriod(std::string_view text)
{
    if (text == "day")
        return SplitPeriod::Day;
    if (text == "hour")
        return SplitPeriod::Hour;
    return std::nullopt;
}

const char *splitPeriodName(SplitPeriod period)
{
    switch (period) {
    case SplitPeriod::Day:
        return "day";
    case SplitPeriod::Hour:
        return "hour";
    case SplitPeriod::None:
        break;
    }
    return "none";
}

std::int64_t sliceOf(SplitPeriod period, std::int64_t startTime)
{
    return floorDivide(startTime, period == SplitPeriod::Hour ? kHour : kDay);
}

std::string sliceLabel(SplitPeriod period, std::int64_t slice)
{
    const bool hour = period == SplitPeriod::Hour;
    const std::int64_t days = hour ? floorDivide(slice, 24) : slice;
    const CivilDate date = CivilTime::civilFromDays(days);
    char text[32];
    if (hour)
        std::snprintf(text, sizeof text, "%04d%02d%02d%02d", date.year, date.month, date.day,
                      static_cast<int>(slice - days * 24));
    else
        std::snprintf(text, sizeof text, "%04d%02d%02d", date.year, date.month, date.day);
    return text;
}

} // namespace cdr
