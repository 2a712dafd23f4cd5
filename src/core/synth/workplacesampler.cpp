#include "synth/workplacesampler.h"

#include "geo/geomath.h"
#include "synth/populationsampler.h"
#include "synth/randomstream.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace cdr {

namespace {

std::vector<Place> placesOnLand(const LandMask &land, const std::vector<Place> &places)
{
    std::vector<Place> kept;
    std::copy_if(places.begin(), places.end(), std::back_inserter(kept),
                 [&](const Place &place) { return land.contains(place.lat, place.lon); });
    return kept;
}

} // namespace

WorkplaceSampler::WorkplaceSampler(const LandMask &land, const std::vector<Place> &places)
    : m_land(land), m_places(placesOnLand(land, places)), m_municipalities(m_places)
{
    std::vector<double> jobs;
    for (const Place &place : m_places)
        jobs.push_back(std::pow(std::max(place.population, 1), kJobsExponent));
    m_latMin = land.southWest().lat;
    m_lonMin = land.southWest().lon;
    m_rows = static_cast<std::size_t>((land.northEast().lat - m_latMin) / kCellLatDeg) + 1;
    m_cols = static_cast<std::size_t>((land.northEast().lon - m_lonMin) / kCellLonDeg) + 1;
    if (m_places.empty())
        return;
    std::vector<double> weights(m_places.size());
    m_byCell.reserve(m_rows * m_cols);
    for (std::size_t row = 0; row < m_rows; ++row) {
        for (std::size_t col = 0; col < m_cols; ++col) {
            const double lat = m_latMin + (static_cast<double>(row) + 0.5) * kCellLatDeg;
            const double lon = m_lonMin + (static_cast<double>(col) + 0.5) * kCellLonDeg;
            for (std::size_t p = 0; p < m_places.size(); ++p) {
                const double d = GeoMath::distanceKm(lat, lon, m_places[p].lat, m_places[p].lon) + kDistanceOffsetKm;
                weights[p] = jobs[p] / (d * d);
            }
            m_byCell.emplace_back(weights);
        }
    }
}

std::size_t WorkplaceSampler::cellOf(GeoPoint point) const
{
    const auto row = static_cast<std::size_t>(std::clamp((point.lat - m_latMin) / kCellLatDeg, 0.0,
                                                         static_cast<double>(m_rows - 1)));
    const auto col = static_cast<std::size_t>(std::clamp((point.lon - m_lonMin) / kCellLonDeg, 0.0,
                                                         static_cast<double>(m_cols - 1)));
    return row * m_cols + col;
}

GeoPoint WorkplaceSampler::sample(GeoPoint home, RandomStream &random) const
{
    if (m_places.empty() || !random.chance(kCommuterShare))
        return home;
    const std::size_t municipality = m_municipalities.of(home);
    const bool city = m_places[municipality].population >= kCityPopulation;
    if (random.chance(city ? kOwnCityShare : kOwnTownShare))
        return inOwnMunicipality(home, municipality, random);
    return byGravity(home, random);
}

GeoPoint WorkplaceSampler::inOwnMunicipality(GeoPoint home, std::size_t municipality, RandomStream &random) const
{
    const double sigmaKm = PopulationSampler::townRadiusKm(m_places[municipality].population) * kOwnSpreadScale;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const GeoPoint work{GeoMath::roundMicro(home.lat + random.normal() * sigmaKm / GeoMath::kmPerDegLat),
                            GeoMath::roundMicro(home.lon + random.normal() * sigmaKm / GeoMath::kmPerDegLon)};
        if (m_land.contains(work.lat, work.lon) && m_municipalities.of(work) == municipality)
            return work;
    }
    return byGravity(home, random); // a home on a sliver of its municipality, hemmed in by others or the border
}

GeoPoint WorkplaceSampler::byGravity(GeoPoint home, RandomStream &random) const
{
    const Place &place = m_places[m_byCell[cellOf(home)].sample(random.next())];
    const double sigmaKm = PopulationSampler::townRadiusKm(place.population) * 0.7;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const double lat = GeoMath::roundMicro(place.lat + random.normal() * sigmaKm / GeoMath::kmPerDegLat);
        const double lon = GeoMath::roundMicro(place.lon + random.normal() * sigmaKm / GeoMath::kmPerDegLon);
        if (m_land.contains(lat, lon))
            return {lat, lon};
    }
    return home;
}

} // namespace cdr
