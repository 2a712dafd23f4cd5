#include "report/distribution.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cdr {

namespace {

std::size_t rankOf(int p, std::int64_t count)
{
    return static_cast<std::size_t>(std::floor(p / 100.0 * static_cast<double>(count - 1)));
}

// Share of a's percentiles at or below x: the step function the table describes.
double cumulativeShare(const Distribution &d, double x)
{
    const auto above = std::upper_bound(d.percentiles.begin(), d.percentiles.end(), x);
    return static_cast<double>(above - d.percentiles.begin()) / static_cast<double>(d.percentiles.size());
}

} // namespace

Distribution Distribution::ofValues(std::vector<double> values)
{
    Distribution d;
    if (values.empty())
        return d;
    std::sort(values.begin(), values.end());
    d.count = static_cast<std::int64_t>(values.size());
    d.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    d.percentiles.reserve(101);
    for (int p = 0; p <= 100; ++p)
        d.percentiles.push_back(values[rankOf(p, d.count)]);
    return d;
}

Distribution Distribution::ofCounts(const std::map<double, std::int64_t> &counts)
{
    Distribution d;
    double sum = 0;
    for (const auto &[value, n] : counts) {
        d.count += n;
        sum += value * static_cast<double>(n);
    }
    if (d.count == 0)
        return d;
    d.mean = sum / static_cast<double>(d.count);
    d.percentiles.reserve(101);
    auto bucket = counts.begin();
    std::int64_t seen = bucket->second; // ranks [0, seen) hold bucket's value
    for (int p = 0; p <= 100; ++p) {
        const auto rank = static_cast<std::int64_t>(rankOf(p, d.count));
        while (rank >= seen) {
            ++bucket;
            seen += bucket->second;
        }
        d.percentiles.push_back(bucket->first);
    }
    return d;
}

double kolmogorovSmirnovDistance(const Distribution &a, const Distribution &b)
{
    if (a.empty() || b.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double gap = 0;
    for (const Distribution *d : {&a, &b})
        for (double x : d->percentiles)
            gap = std::max(gap, std::abs(cumulativeShare(a, x) - cumulativeShare(b, x)));
    return gap;
}

} // namespace cdr
