#pragma once

#include "report/distribution.h"

#include <string>
#include <vector>

namespace cdr {

// The report's charts as inline SVG (no script, font or image from anywhere), one or two series each: the first
// source in blue, the compared one in orange, with a legend naming both when there are two.
struct ChartSeries {
    std::string name;
    std::vector<double> values; // bar charts: one per label
};

std::string xmlEscape(const std::string &text);

// Vertical bars, one group per label; `percent`: the values are shares in % (axis and tooltips say so).
// Only every `labelEvery`-th label is written under the axis (all of them stay in the tooltips).
std::string svgBarChart(const std::string &title, const std::vector<std::string> &labels,
                        const std::vector<ChartSeries> &series, bool percent, const std::string &language,
                        std::size_t labelEvery = 1);

// Cumulative distributions drawn through their 101 percentiles: x from the smallest minimum to the largest 99th
// percentile (the top percent is left out so one outlier does not flatten the curve), y from 0 to 100 %.
struct DistributionSeries {
    std::string name;
    const Distribution *distribution = nullptr;
};
std::string svgDistributionChart(const std::string &title, const std::vector<DistributionSeries> &series,
                                 const std::string &unit, const std::string &language);

} // namespace cdr
