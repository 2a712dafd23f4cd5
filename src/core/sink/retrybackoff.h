#pragma once

#include "config/config.h"

#include <atomic>
#include <chrono>
#include <random>

namespace cdr {

// The waits between the attempts of database.retry: before retry n (1-based), initial_delay_ms *
// multiplier^(n-1), capped at max_delay_ms, then +/- jitter. A wait ends early when `cancel` is raised.
class RetryBackoff {
public:
    RetryBackoff(const DatabaseConfig &policy, const std::atomic_bool &cancel);

    // Attempts allowed in all, the first one included (at least 1).
    int attempts() const;
    std::chrono::milliseconds delay(int retry);
    // Waits `duration`; false if cancel was raised meanwhile.
    bool wait(std::chrono::milliseconds duration) const;

private:
    DatabaseConfig m_policy;
    const std::atomic_bool &m_cancel;
    std::mt19937_64 m_random{std::random_device{}()};
};

} // namespace cdr
