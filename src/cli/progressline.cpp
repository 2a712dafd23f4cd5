#include "progressline.h"

#include <cstdio>

namespace cdr::cli {

namespace {

std::string withThousands(long long value)
{
    std::string digits = std::to_string(value);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

std::string clock(double seconds)
{
    if (seconds < 0)
        return "--:--:--";
    const long long total = static_cast<long long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
    return text;
}

} // namespace

ProgressLine::ProgressLine(bool enabled) : m_enabled(enabled) {}

ProgressLine::~ProgressLine()
{
    finish();
}

std::string ProgressLine::format(const RunProgress &progress)
{
    const double percent = progress.total > 0 ? 100.0 * progress.done / progress.total : 100.0;
    char share[16];
    std::snprintf(share, sizeof share, "%5.1f %%", percent);
    return withThousands(progress.done) + " / " + withThousands(progress.total) + " records  " + share + "  "
           + withThousands(static_cast<long long>(progress.rowsPerSecond)) + " rows/s  ETA "
           + clock(progress.etaSeconds);
}

void ProgressLine::update(const RunProgress &progress)
{
    if (!m_enabled)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (progress.done < progress.total && now - m_lastDraw < std::chrono::milliseconds(200))
        return;
    m_lastDraw = now;
    std::fprintf(stderr, "\r\033[K%s", format(progress).c_str());
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressLine::finish()
{
    if (m_drawn) {
        std::fputc('\n', stderr);
        m_drawn = false;
    }
}

} // namespace cdr::cli
