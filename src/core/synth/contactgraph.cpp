#include "synth/contactgraph.h"

#include "geo/geomath.h"
#include "synth/aliastable.h"
#include "synth/randomstream.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace cdr {

ContactGraph::ContactGraph(const std::vector<Subscriber> &subscribers, double meanContacts, std::uint64_t seed)
{
    const std::size_t n = subscribers.size();
    m_offsets.assign(n + 1, 0);
    if (n < 2)
        return;

    // Cells of the homes' bounding box, their residents (CSR) and centres.
    double latMin = std::numeric_limits<double>::max(), lonMin = latMin;
    for (const Subscriber &s : subscribers)
        latMin = std::min(latMin, s.homeLat), lonMin = std::min(lonMin, s.homeLon);
    auto cellKey = [&](const Subscriber &s) {
        const auto row = static_cast<std::uint64_t>((s.homeLat - latMin) / kCellLatDeg);
        const auto col = static_cast<std::uint64_t>((s.homeLon - lonMin) / kCellLonDeg);
        return (row << 32) | col;
    };
    std::vector<std::uint64_t> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = cellKey(subscribers[i]);
    std::vector<std::uint64_t> cellKeys = keys;
    std::sort(cellKeys.begin(), cellKeys.end());
    cellKeys.erase(std::unique(cellKeys.begin(), cellKeys.end()), cellKeys.end());
    const std::size_t cells = cellKeys.size();
    std::vector<std::uint32_t> cellOf(n);
    std::vector<std::uint32_t> cellStart(cells + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        cellOf[i] = static_cast<std::uint32_t>(std::lower_bound(cellKeys.begin(), cellKeys.end(), keys[i]) - cellKeys.begin());
        ++cellStart[cellOf[i] + 1];
    }
    for (std::size_t c = 0; c < cells; ++c)
        cellStart[c + 1] += cellStart[c];
    std::vector<std::uint32_t> residents(n);
    {
        std::vector<std::uint32_t> fill(cellStart.begin(), cellStart.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            residents[fill[cellOf[i]]++] = static_cast<std::uint32_t>(i);
    }
    std::vector<double> centreLat(cells), centreLon(cells);
    for (std::size_t c = 0; c < cells; ++c) {
        centreLat[c] = latMin + (static_cast<double>(cellKeys[c] >> 32) + 0.5) * kCellLatDeg;
        centreLon[c] = lonMin + (static_cast<double>(cellKeys[c] & 0xffffffffULL) + 0.5) * kCellLonDeg;
    }
    // Gravity: destination weight = residents / (distance + offset)^2, one table per origin cell.
    std::vector<AliasTable> gravity;
    gravity.reserve(cells);
    std::vector<double> weights(cells);
    for (std::size_t from = 0; from < cells; ++from) {
        for (std::size_t to = 0; to < cells; ++to) {
            const double d = GeoMath::distanceKm(centreLat[from], centreLon[from], centreLat[to], centreLon[to])
                + kGravityOffsetKm;
            weights[to] = static_cast<double>(cellStart[to + 1] - cellStart[to]) / (d * d);
        }
        gravity.emplace_back(weights);
    }

    const double mu = std::log(std::max(meanContacts, 1.0)) - kSizeSigma * kSizeSigma / 2;
    const auto maxSize = static_cast<std::int64_t>(std::min<std::size_t>(kMaxContacts, n - 1));
    m_contacts.reserve(static_cast<std::size_t>(static_cast<double>(n) * std::max(meanContacts, 1.0) * 1.05));
    for (std::size_t i = 0; i < n; ++i) {
        RandomStream random(seed, StreamKind::Contacts, i);
        const auto size = std::clamp<std::int64_t>(std::llround(std::exp(mu + kSizeSigma * random.normal())), 1, maxSize);
        const std::size_t begin = m_contacts.size();
        for (std::int64_t k = 0; k < size; ++k) {
            std::uint32_t contact = static_cast<std::uint32_t>(i);
            for (int attempt = 0; attempt < 8; ++attempt) {
                const std::uint32_t cell = gravity[cellOf[i]].sample(random.next());
                const std::uint32_t count = cellStart[cell + 1] - cellStart[cell];
                const std::uint32_t candidate = residents[cellStart[cell] + random.below(count)];
                if (candidate != i
                    && std::find(m_contacts.begin() + static_cast<std::ptrdiff_t>(begin), m_contacts.end(), candidate)
                        == m_contacts.end()) {
                    contact = candidate;
                    break;
                }
            }
            if (contact != i)
                m_contacts.push_back(contact);
        }
        if (m_contacts.size() > std::numeric_limits<std::uint32_t>::max())
            throw std::length_error("contact graph too large");
        m_offsets[i + 1] = static_cast<std::uint32_t>(m_contacts.size());
    }
}

} // namespace cdr
