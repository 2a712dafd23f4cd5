#include "synth/municipalities.h"

#include "geo/geomath.h"

#include <cmath>
#include <numeric>

namespace cdr {

double Municipalities::brusselsRadiusKm()
{
    return std::sqrt(kBrusselsAreaKm2 / std::acos(-1.0));
}

Municipalities::Municipalities(const std::vector<Place> &places)
{
    std::vector<Antenna> points(places.size());
    for (std::size_t p = 0; p < places.size(); ++p) {
        points[p].lat = places[p].lat;
        points[p].lon = places[p].lon;
        if (m_brussels == kNone && places[p].name == kBrusselsName) {
            m_brussels = p;
            m_brusselsCentre = {places[p].lat, places[p].lon};
        }
    }
    std::vector<std::uint32_t> members(places.size());
    std::iota(members.begin(), members.end(), 0U);
    m_nearest = AntennaIndex(points, std::move(members));
}

bool Municipalities::insideBrussels(GeoPoint point) const
{
    return m_brussels != kNone
        && GeoMath::distanceKm(point.lat, point.lon, m_brusselsCentre.lat, m_brusselsCentre.lon) <= brusselsRadiusKm();
}

std::size_t Municipalities::of(GeoPoint point) const
{
    return insideBrussels(point) ? m_brussels : m_nearest.nearest(point.lat, point.lon);
}

} // namespace cdr
