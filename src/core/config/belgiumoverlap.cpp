#include "config/belgiumoverlap.h"

#include <array>

namespace cdr {

namespace {

bool insideRing(const GeoRing &ring, GeoPoint p)
{
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)
            && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

bool insidePolygon(const GeoPolygon &polygon, GeoPoint p)
{
    if (polygon.outer.size() < 3 || !insideRing(polygon.outer, p))
        return false;
    for (const auto &hole : polygon.holes)
        if (hole.size() >= 3 && insideRing(hole, p))
            return false;
    return true;
}

double cross(GeoPoint o, GeoPoint a, GeoPoint b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

bool segmentsCross(GeoPoint p1, GeoPoint p2, GeoPoint q1, GeoPoint q2)
{
    const double d1 = cross(q1, q2, p1);
    const double d2 = cross(q1, q2, p2);
    const double d3 = cross(p1, p2, q1);
    const double d4 = cross(p1, p2, q2);
    return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}

} // namespace

bool boxOverlapsPolygons(const DoubleRange &latitude, const DoubleRange &longitude,
                         const std::vector<GeoPolygon> &polygons)
{
    const std::array<GeoPoint, 4> corners = {GeoPoint{latitude.min, longitude.min}, {latitude.min, longitude.max},
                                             {latitude.max, longitude.max}, {latitude.max, longitude.min}};
    auto inBox = [&](GeoPoint p) {
        return p.lat >= latitude.min && p.lat <= latitude.max && p.lon >= longitude.min && p.lon <= longitude.max;
    };
    for (const auto &polygon : polygons) {
        const GeoRing &ring = polygon.outer;
        for (const auto &vertex : ring)
            if (inBox(vertex))
                return true;
        for (const auto &corner : corners)
            if (insidePolygon(polygon, corner))
                return true;
        for (std::size_t i = 0; i < ring.size(); ++i) // the closing edge too, for rings that do not repeat point 0
            for (std::size_t c = 0; c < corners.size(); ++c)
                if (segmentsCross(ring[i], ring[(i + 1) % ring.size()], corners[c], corners[(c + 1) % corners.size()]))
                    return true;
    }
    return false;
}

} // namespace cdr
