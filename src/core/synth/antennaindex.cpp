#include "synth/antennaindex.h"

#include "geo/geomath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cdr {

namespace {
// Fine cells keep the candidate lists short where antennas are dense (city centres): about 2 entries per list.
constexpr double kCellsPerAntenna = 1.5;
} // namespace

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
    m_cellKm = std::max(std::sqrt(width * height / (static_cast<double>(m_members.size()) * kCellsPerAntenna)), 0.2);
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

    // Candidates per cell: any point p of the cell is within h (half the diagonal) of the centre c, so its nearest
    // antenna a* has |c a*| <= |p a*| + h <= |p a_c| + h <= |c a_c| + 2h, where a_c is the centre's nearest.
    const double diagonal = m_cellKm * std::sqrt(2.0);
    m_candidateStart.assign(cells + 1, 0);
    for (int row = 0; row < m_rows; ++row) {
        for (int col = 0; col < m_cols; ++col) {
            const double cxKm = m_x0 + (col + 0.5) * m_cellKm, cyKm = m_y0 + (row + 0.5) * m_cellKm;
            double nearest2 = 0;
            nearestByRings(cxKm, cyKm, &nearest2);
            const double radius = std::sqrt(nearest2) + diagonal + 1e-9;
            const int reach = static_cast<int>(std::ceil(radius / m_cellKm)) + 1;
            for (int r = std::max(0, row - reach); r <= std::min(m_rows - 1, row + reach); ++r)
                for (int c = std::max(0, col - reach); c <= std::min(m_cols - 1, col + reach); ++c) {
                    const std::size_t other = static_cast<std::size_t>(r) * static_cast<std::size_t>(m_cols) + static_cast<std::size_t>(c);
                    for (std::uint32_t i = m_cellStart[other]; i < m_cellStart[other + 1]; ++i) {
                        const double dx = m_points[i].x - cxKm, dy = m_points[i].y - cyKm;
                        if (dx * dx + dy * dy <= radius * radius)
                            m_candidates.push_back(m_points[i]);
                    }
                }
            m_candidateStart[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_cols) + static_cast<std::size_t>(col) + 1] =
                static_cast<std::uint32_t>(m_candidates.size());
        }
    }
}

std::uint32_t AntennaIndex::nearest(double lat, double lon) const
{
    const double x = lon * GeoMath::kmPerDegLon, y = lat * GeoMath::kmPerDegLat;
    const double fx = (x - m_x0) / m_cellKm, fy = (y - m_y0) / m_cellKm;
    if (fx >= 0 && fy >= 0 && fx < m_cols && fy < m_rows) {
        const std::size_t cell = static_cast<std::size_t>(fy) * static_cast<std::size_t>(m_cols) + static_cast<std::size_t>(fx);
        double best = std::numeric_limits<double>::max();
        std::uint32_t bestAntenna = 0;
        for (std::uint32_t i = m_candidateStart[cell]; i < m_candidateStart[cell + 1]; ++i) {
            const double dx = m_candidates[i].x - x, dy = m_candidates[i].y - y;
            const double d = dx * dx + dy * dy;
            if (d < best || (d == best && m_candidates[i].antenna < bestAntenna)) {
                best = d;
                bestAntenna = m_candidates[i].antenna;
            }
        }
        return bestAntenna;
    }
    return nearestByRings(x, y);
}

std::uint32_t AntennaIndex::nearestByRings(double x, double y, double *bestDistance2) const
{
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
    if (bestDistance2)
        *bestDistance2 = best;
    return bestAntenna;
}

} // namespace cdr
