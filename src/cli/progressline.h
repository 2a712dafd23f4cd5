#pragma once

#include "run/runrequest.h"

#include <chrono>
#include <string>

namespace cdr::cli {

// The live "records, %, rows/s, ETA" line on a terminal's stderr, redrawn at most five times a second.
class ProgressLine {
public:
    explicit ProgressLine(bool enabled);
    ~ProgressLine();

    void update(const RunProgress &progress);
    void finish(); // ends the line so later output starts on a fresh one

    static std::string format(const RunProgress &progress);

private:
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_lastDraw{};
};

} // namespace cdr::cli
