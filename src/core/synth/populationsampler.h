#pragma once

#include "geo/geography.h"
#include "geo/landmask.h"
#include "synth/aliastable.h"

#include <vector>

namespace cdr {

class RandomStream;

// How a kind of point spreads over the country: around populated places (weight population^exponent, a Gaussian
// of the town's radius times radiusScale) or, for uniformShare of the points, anywhere on land (countryside).
// With brusselsAsRegion, the points drawn around GeoNames' Brussels place (which stands for the whole
// Brussels-Capital Region) are uniform over the region's disc (Municipalities) instead: its 1.2 million residents
// live on 161 km², denser and more evenly than a Gaussian of a capped town radius puts them.
struct SpreadModel {
    double populationExponent = 1.0;
    double radiusScale = 1.0;
    double uniformShare = 0.0;
    bool brusselsAsRegion = false;
};

// Draws points inside the LandMask following a SpreadModel over GeoNames' populated places.
class PopulationSampler {
public:
    PopulationSampler(const LandMask &land, const std::vector<Place> &places, SpreadModel model);
    GeoPoint sample(RandomStream &random) const;

    // Radius (km) of a town's built-up area: grows with the square root of its population, 0.8 to 7 km.
    static double townRadiusKm(int population);

private:
    GeoPoint uniformOrCentre(RandomStream &random) const;
    GeoPoint aroundPlace(const Place &place, RandomStream &random) const;
    GeoPoint insideBrussels(const Place &brussels, RandomStream &random) const;
    GeoPoint placeCentreOrUniform(const Place &place, RandomStream &random) const;
    const LandMask &m_land;
    SpreadModel m_model;
    std::vector<Place> m_places; // those inside the land mask
    AliasTable m_placeTable;
};

} // namespace cdr
