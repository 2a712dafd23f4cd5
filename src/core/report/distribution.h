#pragma once

#include <cstdint>
#include <map>
#include <vector>

namespace cdr {

// A distribution as the report keeps it: its size, mean and 101 percentiles (p0 = minimum .. p100 = maximum), enough
// to draw it, to read its median or tail, and to compare two of them, in a few hundred bytes whatever the input size.
struct Distribution {
    std::int64_t count = 0;
    double mean = 0;
    std::vector<double> percentiles; // 101 values when count > 0, else empty

    bool empty() const { return count == 0; }
    double percentile(int p) const { return percentiles.empty() ? 0.0 : percentiles[static_cast<std::size_t>(p)]; }
    double median() const { return percentile(50); }

    // Percentile p is the value of rank floor(p / 100 * (count - 1)) in ascending order (no interpolation).
    static Distribution ofValues(std::vector<double> values);
    // The same from a histogram: value -> how many times it occurs (exact for whole-number data such as seconds).
    static Distribution ofCounts(const std::map<double, std::int64_t> &counts);
};

// Kolmogorov-Smirnov distance (largest gap between the two cumulative distributions, 0..1) as far as the two percentile
// tables show it: each distribution is read as a step function through its percentiles. 0 for two equal tables; 1
// when one lies wholly above the other; NaN when either is empty.
double kolmogorovSmirnovDistance(const Distribution &a, const Distribution &b);

} // namespace cdr
