#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace cdr {

// Measures of one subscriber's event sequence.
class BurstMetrics {
public:
    // Burstiness B = (sigma - mu) / (sigma + mu) of the inter-event times of `sortedTimes` (Goh & Barabasi, EPL 81,
    // 48002, 2008): -1 for a periodic sequence, 0 for a Poisson process, towards 1 for bursts. nullopt with fewer
    // than three events or no spread.
    static std::optional<double> burstiness(const std::vector<std::int64_t> &sortedTimes);
    // Memory M: Pearson correlation of consecutive inter-event times (same paper). nullopt below four events.
    static std::optional<double> memory(const std::vector<std::int64_t> &sortedTimes);
    // Visitation exponent zeta: minus the least-squares slope of ln f_k against ln k over the top `ranks` ranks of
    // `counts` (visits per place, any order), as Song et al. (Nat. Phys. 6, 818, 2010) plot f_k ~ k^-zeta.
    // nullopt when fewer than `ranks` places were visited.
    static std::optional<double> visitationExponent(std::vector<std::int64_t> counts, std::size_t ranks);
};

} // namespace cdr
