#pragma once

#include "synth/aliastable.h"
#include "synth/contactgraph.h"
#include "synth/worldmodel.h"

#include <cstdint>
#include <vector>

namespace cdr {

// Who talks with whom, as undirected ties: the contact lists (ContactGraph) made mutual. A tie between a and b has
// a strength (its expected share of contact calls) and a direction balance (the probability that a, not b, places
// a call on it), so both sides call along a tie. A subscriber's list entry of rank k adds
// activity x P(rank k) to the tie's strength, with P(rank k) the log-uniform rank law (rank 1 most called); when
// both list each other the two add up. The balance is uniform in 0.5 +/- kBalanceSpread: some ties are mostly one
// way, most are close to even (Onnela et al. 2007 keep reciprocated ties only; Kovanen et al. 2011 measure the
// balance of calls on mobile ties).
class TieGraph {
public:
    static constexpr double kBalanceSpread = 0.3;

    struct Tie {
        std::uint32_t a;
        std::uint32_t b;
        std::uint32_t aCalls; // a places the call when the 32 low bits of a draw are below this
    };

    TieGraph() = default;
    TieGraph(const std::vector<Subscriber> &subscribers, const ContactGraph &contacts, std::uint64_t seed);

    bool empty() const { return m_ties.empty(); }
    std::size_t size() const { return m_ties.size(); }
    const Tie &tie(std::uint32_t index) const { return m_ties[index]; }
    double strength(std::uint32_t index) const { return m_strength[index]; }
    double totalStrength() const { return m_totalStrength; }
    // A tie drawn by strength.
    std::uint32_t sample(std::uint64_t random) const { return m_byStrength.sample(random); }
    void prefetch(std::uint64_t random) const { m_byStrength.prefetch(random); }
    static double balance(const Tie &tie) { return static_cast<double>(tie.aCalls) * 0x1.0p-32; }

private:
    std::vector<Tie> m_ties;
    std::vector<float> m_strength;
    double m_totalStrength = 0;
    AliasTable m_byStrength;
};

} // namespace cdr
