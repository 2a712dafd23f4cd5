#pragma once

#include "synth/worldmodel.h"

#include <cstdint>
#include <vector>

namespace cdr {

// Nearest-antenna lookup for one set of antennas (one operator's): a uniform grid in flat-earth kilometres with
// about two antennas per cell, searched in growing rings until no closer cell can exist.
class AntennaIndex {
public:
    AntennaIndex() = default;
    // `members` are indexes into `antennas`.
    AntennaIndex(const std::vector<Antenna> &antennas, std::vector<std::uint32_t> members);

    // Index (into the antenna vector) of the member nearest to the point; requires !empty().
    std::uint32_t nearest(double lat, double lon) const;
    bool empty() const { return m_members.empty(); }

private:
    struct Point {
        double x, y;
        std::uint32_t antenna;
    };
    std::vector<std::uint32_t> m_members;
    std::vector<Point> m_points;       // grouped by cell
    std::vector<std::uint32_t> m_cellStart; // CSR offsets, size cells + 1
    double m_x0 = 0, m_y0 = 0, m_cellKm = 1;
    int m_cols = 1, m_rows = 1;
};

} // namespace cdr
