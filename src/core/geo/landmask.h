#pragma once

#include "geo/geography.h"
#include "geo/geomath.h"

#include <optional>
#include <vector>

namespace cdr {

// Where the world may put things: Belgium's land border intersected with the configured box. The border edges are
// bucketed by latitude band, so a point test reads a handful of edges instead of all 644 vertices.
class LandMask {
public:
    LandMask(const Geography &geography, double latMin, double latMax, double lonMin, double lonMax);

    bool contains(double lat, double lon) const;
    bool empty() const { return m_empty; }
    // Bounding box of the intersection.
    GeoPoint southWest() const { return m_sw; }
    GeoPoint northEast() const { return m_ne; }
    // Uniform point of the land (rejection from the bounding box); nullopt if none found (tiny intersection).
    // Random is any source with uniform() in [0, 1) (synth's RandomStream).
    template <typename Random>
    std::optional<GeoPoint> uniformPoint(Random &random) const
    {
        if (m_empty)
            return std::nullopt;
        for (int attempt = 0; attempt < 2000; ++attempt) {
            const double lat = GeoMath::roundMicro(m_sw.lat + random.uniform() * (m_ne.lat - m_sw.lat));
            const double lon = GeoMath::roundMicro(m_sw.lon + random.uniform() * (m_ne.lon - m_sw.lon));
            if (contains(lat, lon))
                return GeoPoint{lat, lon};
        }
        return std::nullopt;
    }

private:
    struct Edge {
        double lat1, lon1, lat2, lon2;
    };
    bool insideBorder(double lat, double lon) const;

    GeoPoint m_sw;
    GeoPoint m_ne;
    bool m_empty = false;
    double m_bandLat0 = 0;
    double m_bandHeight = 1;
    std::vector<std::vector<Edge>> m_bands;
};

} // namespace cdr
