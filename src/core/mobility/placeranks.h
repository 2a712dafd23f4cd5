#pragma once

#include "synth/aliastable.h"
#include "synth/randomstream.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace cdr {

// Where a subscriber goes when away from home and work: a personal, ranked list of places, visited by Zipf's law.
// Song et al. (Nat. Phys. 6, 818, 2010) find that a person's k-th most visited location is visited about k^-zeta
// as often as the first, zeta ~ 1.2 (exploration and preferential return). Their sequential model needs each
// person's history; with random access by record id the ranks are drawn directly: an away record picks rank k with
// probability proportional to k^-kZeta among kPlaces, and the place of rank k of a subscriber lies at a fixed
// distance (lognormal, median kMedianKm) and bearing from home, the same for every record of the run.
class PlaceRanks {
public:
    static constexpr std::uint32_t kPlaces = 12;
    static constexpr double kZeta = 0.5;
    static constexpr double kMedianKm = 8.0;

    struct Offset {
        double km;
        double bearing; // radians
    };

    PlaceRanks()
    {
        std::vector<double> weights;
        for (std::uint32_t k = 1; k <= kPlaces; ++k)
            weights.push_back(std::pow(static_cast<double>(k), -kZeta));
        m_ranks = AliasTable(weights);
    }

    std::uint32_t drawRank(RandomStream &random) const { return m_ranks.sample(random.next()) + 1; }

    static Offset place(std::uint64_t seed, std::uint32_t subscriber, std::uint32_t rank)
    {
        RandomStream stream(seed, StreamKind::Places, std::uint64_t(subscriber) * kPlaces + rank);
        const double km = kMedianKm * std::exp(stream.normal());
        return {km, 6.283185307179586 * stream.uniform()};
    }

private:
    AliasTable m_ranks;
};

} // namespace cdr
