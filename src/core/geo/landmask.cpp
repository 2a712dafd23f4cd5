#include "geo/landmask.h"

#include "geo/geomath.h"

#include <algorithm>
#include <cmath>

namespace cdr {

namespace {
constexpr int kBands = 256;
}

LandMask::LandMask(const Geography &geography, double latMin, double latMax, double lonMin, double lonMax)
{
    const GeoPoint sw = geography.southWest();
    const GeoPoint ne = geography.northEast();
    m_sw = {std::max(sw.lat, latMin), std::max(sw.lon, lonMin)};
    m_ne = {std::min(ne.lat, latMax), std::min(ne.lon, lonMax)};
    m_empty = !(m_sw.lat < m_ne.lat && m_sw.lon < m_ne.lon);

    m_bandLat0 = sw.lat;
    m_bandHeight = (ne.lat - sw.lat) / kBands;
    m_bands.resize(kBands);
    auto addRing = [this](const GeoRing &ring) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const Edge edge{ring[i].lat, ring[i].lon, ring[j].lat, ring[j].lon};
            const double lo = std::min(edge.lat1, edge.lat2), hi = std::max(edge.lat1, edge.lat2);
            const int first = std::clamp(static_cast<int>(std::floor((lo - m_bandLat0) / m_bandHeight)), 0, kBands - 1);
            const int last = std::clamp(static_cast<int>(std::floor((hi - m_bandLat0) / m_bandHeight)), 0, kBands - 1);
            for (int band = first; band <= last; ++band)
                m_bands[static_cast<std::size_t>(band)].push_back(edge);
        }
    };
    for (const GeoPolygon &polygon : geography.belgium()) {
        addRing(polygon.outer);
        for (const GeoRing &hole : polygon.holes)
            addRing(hole);
    }
}

bool LandMask::insideBorder(double lat, double lon) const
{
    const double position = (lat - m_bandLat0) / m_bandHeight;
    if (position < 0 || position >= kBands)
        return false;
    // Even-odd over every ring at once: holes flip the parity back, separate polygons never overlap.
    bool inside = false;
    for (const Edge &e : m_bands[static_cast<std::size_t>(position)]) {
        if ((e.lat1 > lat) != (e.lat2 > lat)) {
            const double crossLon = e.lon1 + (lat - e.lat1) * (e.lon2 - e.lon1) / (e.lat2 - e.lat1);
            if (lon < crossLon)
                inside = !inside;
        }
    }
    return inside;
}

bool LandMask::contains(double lat, double lon) const
{
    return !m_empty && lat >= m_sw.lat && lat <= m_ne.lat && lon >= m_sw.lon && lon <= m_ne.lon
        && insideBorder(lat, lon);
}

} // namespace cdr
