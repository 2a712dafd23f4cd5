#include "synth/tiegraph.h"

#include "synth/randomstream.h"

#include <algorithm>
#include <cmath>

namespace cdr {

TieGraph::TieGraph(const std::vector<Subscriber> &subscribers, const ContactGraph &contacts, std::uint64_t seed)
{
    struct Entry {
        std::uint64_t key; // (low << 32) | high subscriber index
        double strength;
    };
    std::vector<Entry> entries;
    entries.reserve(contacts.edgeCount());
    for (std::uint32_t i = 0; i < subscribers.size(); ++i) {
        const auto list = contacts.contacts(i);
        const double logN = std::log(static_cast<double>(list.size()) + 1.0);
        for (std::size_t k = 0; k < list.size(); ++k) {
            const double pRank = std::log((static_cast<double>(k) + 2.0) / (static_cast<double>(k) + 1.0)) / logN;
            const std::uint32_t j = list[k];
            const std::uint64_t low = std::min(i, j), high = std::max(i, j);
            entries.push_back({(low << 32) | high, subscribers[i].activity * pRank});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) { return x.key < y.key; });

    std::vector<double> weights;
    for (std::size_t e = 0; e < entries.size();) {
        double strength = 0;
        const std::uint64_t key = entries[e].key;
        for (; e < entries.size() && entries[e].key == key; ++e)
            strength += entries[e].strength;
        RandomStream random(seed, StreamKind::Ties, m_ties.size());
        const double balance = 0.5 + kBalanceSpread * (2.0 * random.uniform() - 1.0);
        m_ties.push_back({static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key),
                          static_cast<std::uint32_t>(balance * 0x1.0p32)});
        m_strength.push_back(static_cast<float>(strength));
        weights.push_back(strength);
        m_totalStrength += strength;
    }
    m_byStrength = AliasTable(weights);
}

} // namespace cdr
