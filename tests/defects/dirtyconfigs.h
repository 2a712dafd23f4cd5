#pragma once

#include "engineconfigs.h"

#include <cstdint>

// The shipped dirty-data preset, and the same with every rate raised so that a small run holds every variant often.
namespace cdr::testconfigs {

inline Config dirtyData(std::int64_t records)
{
    return load(loadConfigFile(std::string(CDRGEN_SOURCE_DIR) + "/config/presets/dirty-data.yml"), records);
}

// Rates high enough that a few thousand records hold every variant many times (29 % of records damaged).
inline void raiseDefectRates(Config &config)
{
    config.defects.duplicates.rate = 0.04;
    config.defects.missingFields.rate = 0.04;
    config.defects.orphans.rate = 0.05;
    config.defects.timestampFaults.rate = 0.06;
    config.defects.corruptValues.rate = 0.10;
}

inline Config veryDirty(std::int64_t records)
{
    Config config = dirtyData(records);
    raiseDefectRates(config);
    return config;
}

} // namespace cdr::testconfigs
