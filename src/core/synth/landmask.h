#pragma once

#include "synth/geography.h"

#include <optional>
#include <vector>

namespace cdr {

class RandomStream;

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
    std::optional<GeoPoint> uniformPoint(RandomStream &random) const;

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
