#pragma once

#include "report/cdrprofile.h"

#include <string>
#include <vector>

namespace cdr {

// How far one profile is from another (--compare-with), figure by figure, each distance between 0 (the same) and 1:
// - a mix or share table (records per hour and per weekday, types, statuses, operators, visitation by rank): the
//   total-variation distance, half the sum of the absolute differences of the shares;
// - a distribution (durations per type, home to antenna, the per-subscriber ones): Kolmogorov-Smirnov
//   (kolmogorovSmirnovDistance);
// - a validity or completeness share (valid callers, duplicate ids, ...): the absolute difference of the two shares,
//   which is the total-variation distance of the two-way mix; for NULLs, the largest difference over the columns;
// - a scalar figure (the behaviour medians, records per day): the relative error |a - b| / max(|a|, |b|), at most 1.
// A figure one side does not have (a type only one side holds, an empty distribution) has no distance (NaN) and
// does not count. The score is 100 x (1 - the mean of the distances that exist): 100 for a table compared with
// itself, 0 when every figure is as far apart as it can be.
struct FigureDistance {
    std::string figure;  // the figure's JSON name, e.g. "records_per_hour", "duration:VOICE"
    std::string measure; // "total_variation", "kolmogorov_smirnov", "share_difference" or "relative_error"
    double distance = 0; // 0..1, NaN when not comparable
};

struct ProfileComparison {
    std::vector<FigureDistance> distances;
    double score = 0;

    // The distance of `figure`, or nullptr.
    const FigureDistance *find(const std::string &figure) const;
    static ProfileComparison of(const CdrProfile::Figures &a, const CdrProfile::Figures &b);
};

} // namespace cdr
