#pragma once

#include "synth/worldmodel.h"

#include <cstdint>
#include <vector>

namespace cdr {

// Nearest-antenna lookup for one set of antennas (one operator's): a uniform grid in flat-earth kilometres with
// four cells per antenna. Each cell keeps the antennas that can be nearest to some point of it (those within
// the distance of the centre's nearest plus the cell's diagonal), so a query scans one short list; points outside
// the grid fall back to a search in growing rings.
class AntennaIndex {
public:
    AntennaIndex() = default;
    // `members` are indexes into `antennas`.
    AntennaIndex(const std::vector<Antenna> &antennas, std::vector<std::uint32_t> members);

    // Index (into the antenna vector) of the member nearest to the point; requires !empty().
    std::uint32_t nearest(double lat, double lon) const;
    bool empty() const { return m_members.empty(); }

private:
    std::uint32_t nearestByRings(double x, double y, double *bestDistance2 = nullptr) const;
    struct Point {
        double x, y;
        std::uint32_t antenna;
    };
    std::vector<std::uint32_t> m_members;
    std::vector<Point> m_points;       // grouped by cell
    std::vector<std::uint32_t> m_cellStart; // CSR offsets, size cells + 1
    std::vector<Point> m_candidates;        // per cell, grouped
    std::vector<std::uint32_t> m_candidateStart;
    double m_x0 = 0, m_y0 = 0, m_cellKm = 1;
    int m_cols = 1, m_rows = 1;
};

} // namespace cdr
