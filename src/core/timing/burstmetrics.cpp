#include "timing/burstmetrics.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace cdr {

namespace {

std::vector<double> gaps(const std::vector<std::int64_t> &sortedTimes)
{
    std::vector<double> result;
    for (std::size_t i = 1; i < sortedTimes.size(); ++i)
        result.push_back(static_cast<double>(sortedTimes[i] - sortedTimes[i - 1]));
    return result;
}

struct Moments {
    double mean = 0;
    double sd = 0;
};

Moments moments(const double *first, std::size_t n)
{
    Moments m;
    for (std::size_t i = 0; i < n; ++i)
        m.mean += first[i];
    m.mean /= static_cast<double>(n);
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += (first[i] - m.mean) * (first[i] - m.mean);
    m.sd = std::sqrt(sum / static_cast<double>(n));
    return m;
}

} // namespace

std::optional<double> BurstMetrics::burstiness(const std::vector<std::int64_t> &sortedTimes)
{
    if (sortedTimes.size() < 3)
        return std::nullopt;
    const std::vector<double> tau = gaps(sortedTimes);
    const Moments m = moments(tau.data(), tau.size());
    if (m.sd + m.mean <= 0)
        return std::nullopt;
    return (m.sd - m.mean) / (m.sd + m.mean);
}

std::optional<double> BurstMetrics::memory(const std::vector<std::int64_t> &sortedTimes)
{
    if (sortedTimes.size() < 4)
        return std::nullopt;
    const std::vector<double> tau = gaps(sortedTimes);
    const std::size_t n = tau.size() - 1;
    const Moments a = moments(tau.data(), n), b = moments(tau.data() + 1, n);
    if (a.sd <= 0 || b.sd <= 0)
        return std::nullopt;
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += (tau[i] - a.mean) * (tau[i + 1] - b.mean);
    return sum / static_cast<double>(n) / (a.sd * b.sd);
}

std::optional<double> BurstMetrics::visitationExponent(std::vector<std::int64_t> counts, std::size_t ranks)
{
    if (ranks < 2 || counts.size() < ranks)
        return std::nullopt;
    std::partial_sort(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(ranks), counts.end(),
                      std::greater<>());
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t k = 0; k < ranks; ++k) {
        if (counts[k] <= 0)
            return std::nullopt;
        const double x = std::log(static_cast<double>(k + 1)), y = std::log(static_cast<double>(counts[k]));
        sx += x, sy += y, sxx += x * x, sxy += x * y;
    }
    const auto n = static_cast<double>(ranks);
    return -(n * sxy - sx * sy) / (n * sxx - sx * sx);
}

} // namespace cdr
