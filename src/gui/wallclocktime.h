#pragma once

#include "config/periodtime.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QTimeZone>

#include <cstdint>
#include <optional>
#include <string>

namespace cdr::gui {

// config.yml's times (generation.period, events) are wall-clock times without zone, edited as UTC: UTC has no DST
// gaps. Qt 6.7 replaced time specs by time zones (on QDateTimeEdit too) and deprecated setTimeSpec; Qt 6.4
// (Debian 12) has only the time spec.
template <typename DateTimeOrEdit>
void useUtc(DateTimeOrEdit &target)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    target.setTimeZone(QTimeZone(QTimeZone::UTC));
#else
    target.setTimeSpec(Qt::UTC);
#endif
}

// The date and time of the day that wall-clock seconds since 1970 (CdrRecord::startTime's convention) read.
inline QDate wallClockDate(std::int64_t seconds)
{
    return QDate(1970, 1, 1).addDays(seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0));
}

inline QTime wallClockTime(std::int64_t seconds)
{
    return QTime(0, 0).addSecs(static_cast<int>(((seconds % 86400) + 86400) % 86400));
}

// A config.yml time ("2024-06-22" or "2024-06-22 18:00:00") as a UTC QDateTime; invalid when it does not parse.
inline QDateTime periodDateTime(const std::string &text)
{
    const std::optional<std::int64_t> seconds = parsePeriodTime(text);
    if (!seconds)
        return {};
    QDateTime dateTime(wallClockDate(*seconds), wallClockTime(*seconds));
    useUtc(dateTime);
    return dateTime;
}

// Keeps the configured text ("2024-06-22" stays so) unless an editor now shows another time.
inline void writePeriodTime(std::string &text, const QDateTime &shown)
{
    if (periodDateTime(text) != shown)
        text = shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
}

} // namespace cdr::gui
