#pragma once

#include "synth/cdrengine.h"

#include <cstdint>
#include <vector>

namespace cdr::gui {

// Records per hour over generation.period, estimated from a sample of the whole run.
struct HourlyRecords {
    std::int64_t periodStart = 0; // wall-clock seconds since 1970 of the first hour (like CdrRecord::startTime)
    std::int64_t periodEnd = 0;   // inclusive
    std::vector<double> perHour;  // estimated records starting in each hour of the period
    std::int64_t sampled = 0;     // records computed for the estimate

    double total() const;
};

// The engine computes any record from its id alone, so up to maxSample ids spread evenly over 1..records are a
// sample of the whole run, whatever order its records' times come in (the preview table's ids 1..N are only the
// run's first rows). Each sampled record counts for records / sampled records; with maxSample >= records every
// record is counted once and the hours add up to the run exactly.
HourlyRecords sampleHourlyRecords(const CdrEngine &engine, std::int64_t maxSample);

} // namespace cdr::gui
