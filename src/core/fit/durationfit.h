#pragma once

#include <cstdint>
#include <map>
#include <optional>

namespace cdr {

// The lognormal behind a column of answered-call durations, as the engine draws them (synth/callmix.cpp): a
// lognormal value rounded to whole seconds and redrawn until it lies within ranges.duration. The fit is the maximum
// likelihood of that discretised, truncated law, so the median and sigma it returns are the knobs (realism.*_median_s,
// realism.*_sigma) that make the engine draw the same durations again, not the naive ones of the truncated sample.
class DurationFit {
public:
    struct Result {
        double median = 0; // seconds: exp(mu)
        double sigma = 0;  // of log seconds
        std::int64_t samples = 0;
    };

    // Durations in whole seconds; only those > 0 count (0 is an unanswered call's duration).
    void add(std::int64_t seconds)
    {
        if (seconds > 0)
            ++m_counts[seconds];
    }
    std::int64_t samples() const;
    // The fit over the durations within [minSeconds, maxSeconds] (ranges.duration); nullopt with fewer than
    // `minimumSamples` of them or a single distinct value.
    std::optional<Result> fit(std::int64_t minSeconds, std::int64_t maxSeconds, std::int64_t minimumSamples) const;

private:
    std::map<std::int64_t, std::int64_t> m_counts; // duration -> records: bounded by the distinct durations
};

} // namespace cdr
