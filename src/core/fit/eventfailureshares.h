#pragma once

#include "config/config.h"
#include "synth/callmix.h"

#include <cstdint>
#include <vector>

namespace cdr {

// The share of each call type's records whose status the engine's calendar events turn into its first failure
// status after drawing it from realism.status_weights (New Year's midnight, a congested gathering, an outage's
// spike; synth/cdrengine.cpp). A status fit inverts it: drawn weights w and a forced share f give the realised mix
// (1 - f) w + f [failure], so w = (realised - f [failure]) / (1 - f).
class EventFailureShares {
public:
    // The index of the first status of that outcome as the engine classifies it (CallMix), or callStatus.size().
    static std::size_t firstStatus(const Config &config, OutcomeKind outcome);
    // Whether any event of the config can force a failure in its period (else every share is 0, nothing to measure).
    static bool anyEvent(const Config &config);
    // Measured on `sample` of the config's own records (ids 1..sample) with every status weight on success: what
    // fails then, per type (by index in config.callTypes), is what the events forced.
    static std::vector<double> measure(const Config &config, std::int64_t sample);
};

} // namespace cdr
