#include "timing/sessionclock.h"

namespace cdr {

namespace {

// Inverse of the standard normal CDF by bisection on erfc: exact enough for 256 quantiles, run once.
double normalQuantile(double p)
{
    double low = -10, high = 10;
    for (int i = 0; i < 200; ++i) {
        const double mid = (low + high) / 2;
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

} // namespace

SessionClock::SessionClock(const TimeProfile &profile, std::uint64_t seed)
    : m_profile(profile), m_seed(seed), m_moodKey(mix64(seed ^ 0x6d6f6f64ULL))
{
    for (std::size_t i = 0; i < m_gapScale.size(); ++i) {
        const double p = (static_cast<double>(i) + 0.5) / static_cast<double>(m_gapScale.size());
        m_gapScale[i] = 60.0 * kMedianGapMinutes * std::exp(kGapSigma * normalQuantile(p));
    }
}

} // namespace cdr
