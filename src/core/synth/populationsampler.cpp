#include "synth/populationsampler.h"

#include "geo/geomath.h"
#include "synth/municipalities.h"
#include "synth/randomstream.h"

#include <algorithm>
#include <cmath>

namespace cdr {

PopulationSampler::PopulationSampler(const LandMask &land, const std::vector<Place> &places, SpreadModel model)
    : m_land(land), m_model(model)
{
    std::vector<double> weights;
    for (const Place &place : places) {
        if (!land.contains(place.lat, place.lon))
            continue;
        m_places.push_back(place);
        weights.push_back(std::pow(std::max(place.population, 1), model.populationExponent));
    }
    m_placeTable = AliasTable(weights);
}

double PopulationSampler::townRadiusKm(int population)
{
    return std::clamp(1.2 * std::sqrt(population / 10000.0), 0.8, 7.0);
}

GeoPoint PopulationSampler::uniformOrCentre(RandomStream &random) const
{
    if (auto point = m_land.uniformPoint(random))
        return *point;
    // A sliver of land the rejection sampler misses: the middle of the intersection's box.
    return {GeoMath::roundMicro((m_land.southWest().lat + m_land.northEast().lat) / 2),
            GeoMath::roundMicro((m_land.southWest().lon + m_land.northEast().lon) / 2)};
}

GeoPoint PopulationSampler::sample(RandomStream &random) const
{
    if (m_places.empty() || random.chance(m_model.uniformShare))
        return uniformOrCentre(random);
    const Place &place = m_places[m_placeTable.sample(random.next())];
    if (m_model.brusselsAsRegion && place.name == Municipalities::kBrusselsName)
        return insideBrussels(place, random);
    return aroundPlace(place, random);
}

GeoPoint PopulationSampler::aroundPlace(const Place &place, RandomStream &random) const
{
    const double sigmaKm = townRadiusKm(place.population) * m_model.radiusScale;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const double lat = GeoMath::roundMicro(place.lat + random.normal() * sigmaKm / GeoMath::kmPerDegLat);
        const double lon = GeoMath::roundMicro(place.lon + random.normal() * sigmaKm / GeoMath::kmPerDegLon);
        if (m_land.contains(lat, lon))
            return {lat, lon};
    }
    return placeCentreOrUniform(place, random);
}

GeoPoint PopulationSampler::insideBrussels(const Place &brussels, RandomStream &random) const
{
    const double radiusKm = Municipalities::brusselsRadiusKm();
    for (int attempt = 0; attempt < 16; ++attempt) {
        const double r = radiusKm * std::sqrt(random.uniform());
        const double angle = 2 * std::acos(-1.0) * random.uniform();
        const double lat = GeoMath::roundMicro(brussels.lat + r * std::sin(angle) / GeoMath::kmPerDegLat);
        const double lon = GeoMath::roundMicro(brussels.lon + r * std::cos(angle) / GeoMath::kmPerDegLon);
        if (m_land.contains(lat, lon))
            return {lat, lon};
    }
    return placeCentreOrUniform(brussels, random);
}

GeoPoint PopulationSampler::placeCentreOrUniform(const Place &place, RandomStream &random) const
{
    const double lat = GeoMath::roundMicro(place.lat), lon = GeoMath::roundMicro(place.lon);
    return m_land.contains(lat, lon) ? GeoPoint{lat, lon} : uniformOrCentre(random);
}

} // namespace cdr
