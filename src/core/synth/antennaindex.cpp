#include "synth/antennaindex.h"

#include "synth/geomath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cdr {

AntennaIndex::AntennaIndex(const std::vector<Antenna> &antennas, std::vector<std::uint32_t> members)
    : m_members(std::move(members))
{
    if (m_members.empty())
        return;
    double xMin = std::numeric_limits<double>::max(), yMin = xMin;
    double xMax = std::numeric_limits<double>::lowest(), yMax = xMax;
    for (std::uint32_t a : m_members) {
        const double x = antennas[a].lon * GeoMath::kmPerDegLon, y = antennas[a].lat * GeoMath::kmPerDegLat;
        xMin = std::min(xMin, x), xMax = std::max(xMax, x), yMin = std::min(yMin, y), yMax = std::max(yMax, y);
    }
    const double width = std::max(xMax - xMin, 1.0), height = std::max(yMax - yMin, 1.0);
    m_cellKm = std::max(std::sqrt(width * height / (static_cast<double>(m_members.size()) / 2.0)), 0.5);
    m_cols = std::min(static_cast<int>(width / m_cellKm) + 1, 4096);
    m_rows = std::min(static_cast<int>(height / m_cellKm) + 1, 4096);
    m_x0 = xMin, m_y0 = yMin;

    auto cellOf = [&](double x, double y) {
        const int cx = std::clamp(static_cast<int>((x - m_x0) / m_cellKm), 0, m_cols - 1);
        const int cy = std::clamp(static_cast<int>((y - m_y0) / m_cellKm), 0, m_rows - 1);
        return static_cast<std::size_t>(cy) * static_cast<std::size_t>(m_cols) + static_cast<std::size_t>(cx);
    };
    const std::size_t cells = static_cast<std::size_t>(m_cols) * static_cast<std::size_t>(m_rows);
    m_cellStart.assign(cells + 1, 0);
    for (std::uint32_t a : m_members)
        ++m_cellStart[cellOf(antennas[a].lon * GeoMath::kmPerDegLon, antennas[a].lat * GeoMath::kmPerDegLat) + 1];
    for (std::size_t c = 0; c < cells; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_points.resize(m_members.size());
    std::vector<std::uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::uint32_t a : m_members) {
        const double x = antennas[a].lon * GeoMath::kmPerDegLon, y = antennas[a].lat * GeoMath::kmPerDegLat;
        m_points[fill[cellOf(x, y)]++] = {x, y, a};
    }
}

std::uint32_t AntennaIndex::nearest(double lat, double lon) const
{
    const double x = lon * GeoMath::kmPerDegLon, y = lat * GeoMath::kmPerDegLat;
    const int cx = std::clamp(static_cast<int>(std::floor((x - m_x0) / m_cellKm)), 0, m_cols - 1);
    const int cy = std::clamp(static_cast<int>(std::floor((y - m_y0) / m_cellKm)), 0, m_rows - 1);
    double best = std::numeric_limits<double>::max();
    std::uint32_t bestAntenna = m_points.front().antenna;
    auto visit = [&](int col, int row) {
        if (col < 0 || row < 0 || col >= m_cols || row >= m_rows)
            return;
        const std::size_t cell = static_cast<std::size_t>(row) * static_cast<std::size_t>(m_cols) + static_cast<std::size_t>(col);
        for (std::uint32_t i = m_cellStart[cell]; i < m_cellStart[cell + 1]; ++i) {
            const double dx = m_points[i].x - x, dy = m_points[i].y - y;
            const double d = dx * dx + dy * dy;
            // Ties go to the lower antenna index so the answer never depends on visiting order.
            if (d < best || (d == best && m_points[i].antenna < bestAntenna)) {
                best = d;
                bestAntenna = m_points[i].antenna;
            }
        }
    };
    const int maxRing = std::max(m_cols, m_rows);
    for (int ring = 0; ring <= maxRing; ++ring) {
        if (ring == 0) {
            visit(cx, cy);
        } else {
            for (int c = cx - ring; c <= cx + ring; ++c) {
                visit(c, cy - ring);
                visit(c, cy + ring);
            }
            for (int r = cy - ring + 1; r <= cy + ring - 1; ++r) {
                visit(cx - ring, r);
                visit(cx + ring, r);
            }
        }
        // Every cell of the next ring is at least `ring` cells away from the query point (which may be off-grid
        // only when it is outside, which makes the bound conservative too).
        const double reach = ring * m_cellKm;
        if (best <= reach * reach)
            break;
    }
    return bestAntenna;
}

} // namespace cdr
