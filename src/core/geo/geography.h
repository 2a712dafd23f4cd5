#pragma once

#include <string>
#include <vector>

namespace cdr {

struct GeoPoint {
    double lat = 0;
    double lon = 0;
};
using GeoRing = std::vector<GeoPoint>;      // closed ring, first point repeated or not
struct GeoPolygon {
    GeoRing outer;
    std::vector<GeoRing> holes;
};
struct Place {
    std::string name;
    double lat = 0;
    double lon = 0;
    int population = 0;
};

// Belgium's border, its neighbours (map context) and populated places, read from the Qt resources under :/data
// (Natural Earth and GeoNames, see README "Data sources").
class Geography {
public:
    static const Geography &instance(); // loaded once, thread-safe

    const std::vector<GeoPolygon> &belgium() const { return m_belgium; }
    struct Country {
        std::string name;
        std::vector<GeoPolygon> polygons;
    };
    const std::vector<Country> &neighbours() const { return m_neighbours; }
    const std::vector<Place> &places() const { return m_places; }

    bool insideBelgium(double lat, double lon) const;
    // Bounding box of Belgium's border.
    GeoPoint southWest() const;
    GeoPoint northEast() const;

private:
    Geography();
    std::vector<GeoPolygon> m_belgium;
    std::vector<Country> m_neighbours;
    std::vector<Place> m_places;
};

} // namespace cdr
