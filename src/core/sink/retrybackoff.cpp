#include "sink/retrybackoff.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace cdr {

RetryBackoff::RetryBackoff(const DatabaseConfig &policy, const std::atomic_bool &cancel)
    : m_policy(policy), m_cancel(cancel)
{
}

int RetryBackoff::attempts() const
{
    return std::max(1, m_policy.retryAttempts);
}

std::chrono::milliseconds RetryBackoff::delay(int retry)
{
    const double base = std::min<double>(m_policy.retryMaxDelayMs,
                                          m_policy.retryInitialDelayMs * std::pow(m_policy.retryMultiplier, retry - 1));
    const double jitter = std::clamp(m_policy.retryJitter, 0.0, 1.0);
    std::uniform_real_distribution<double> spread(1.0 - jitter, 1.0 + jitter);
    return std::chrono::milliseconds(std::max<long long>(0, std::llround(base * spread(m_random))));
}

bool RetryBackoff::wait(std::chrono::milliseconds duration) const
{
    const auto until = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < until) {
        if (m_cancel.load())
            return false;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
            std::chrono::milliseconds(50), until - std::chrono::steady_clock::now()));
    }
    return !m_cancel.load();
}

} // namespace cdr
