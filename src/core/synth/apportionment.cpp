#include "synth/apportionment.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cdr {

std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<double> &weights, bool minimumOne)
{
    const std::size_t n = weights.size();
    std::vector<std::int64_t> counts(n, 0);
    if (n == 0 || total <= 0)
        return counts;
    double sum = 0;
    for (double w : weights)
        sum += std::max(w, 0.0);
    std::vector<double> quota(n);
    for (std::size_t i = 0; i < n; ++i)
        quota[i] = sum > 0 ? std::max(weights[i], 0.0) * static_cast<double>(total) / sum
                           : static_cast<double>(total) / static_cast<double>(n);

    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < n; ++i) {
        counts[i] = static_cast<std::int64_t>(std::floor(quota[i]));
        assigned += counts[i];
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return quota[a] - std::floor(quota[a]) > quota[b] - std::floor(quota[b]);
    });
    for (std::size_t k = 0; assigned < total; k = (k + 1) % n) {
        ++counts[order[k]];
        ++assigned;
    }
    if (minimumOne) {
        for (std::size_t i = 0; i < n; ++i) {
            if (counts[i] > 0 || quota[i] <= 0)
                continue;
            // Take one from the largest count that can spare it.
            auto donor = std::max_element(counts.begin(), counts.end());
            if (*donor > 1) {
                --*donor;
                ++counts[i];
            }
        }
    }
    return counts;
}

} // namespace cdr
