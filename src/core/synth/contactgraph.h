#pragma once

#include "synth/worldmodel.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cdr {

// Who knows whom. Contact-list sizes are lognormal (heavy-tailed, mean realism.mean_contacts); each contact is
// found with a gravity model between ~10 km cells: a cell is chosen with weight subscribers / (distance + 5 km)^2
// (Krings et al. 2009 on Belgian data), then anyone living in it. So most contacts live nearby, some far away.
// A list is ordered: rank 1 is the most called contact (TieGraph turns ranks into tie strengths).
class ContactGraph {
public:
    static constexpr double kCellLatDeg = 0.09;
    static constexpr double kCellLonDeg = 0.14;
    static constexpr double kGravityOffsetKm = 5.0;
    static constexpr double kSizeSigma = 1.0;
    static constexpr int kMaxContacts = 500;

    ContactGraph() = default;
    ContactGraph(const std::vector<Subscriber> &subscribers, double meanContacts, std::uint64_t seed);

    std::span<const std::uint32_t> contacts(std::uint32_t subscriber) const
    {
        return {m_contacts.data() + m_offsets[subscriber], m_contacts.data() + m_offsets[subscriber + 1]};
    }
    std::size_t edgeCount() const { return m_contacts.size(); }
    // Raw CSR view for the hot path: subscriber i's contacts are data()[offset(i) .. offset(i + 1)).
    const std::uint32_t *data() const { return m_contacts.data(); }
    std::uint32_t offset(std::uint32_t subscriber) const { return m_offsets[subscriber]; }

private:
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_contacts;
};

} // namespace cdr
