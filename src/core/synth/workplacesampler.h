#pragma once

#include "geo/geography.h"
#include "geo/landmask.h"
#include "synth/aliastable.h"
#include "synth/municipalities.h"

#include <vector>

namespace cdr {

class RandomStream;

// Where a subscriber works or studies, in two parts. A share of the commuters work in their own municipality
// (Municipalities: the place nearest home, or the Brussels region), near home: a Gaussian of kOwnSpreadScale town
// radius around home, kept inside the municipality. The others go to a populated place drawn with a gravity weight
// jobs / (distance + kDistanceOffsetKm)^2 from home, where a place's jobs grow as population^kJobsExponent: jobs
// gather in the big centres (Brussels, Antwerp, Ghent, Liège, Charleroi ...) more than residents do; the point is
// then spread around the place like a home (Gaussian of 0.7 town radius), on land. Non-commuters work at home.
// Gravity tables are precomputed per origin cell (~10 km), so a draw is one alias lookup.
class WorkplaceSampler {
public:
    static constexpr double kCommuterShare = 0.70; // employed or studying
    // Census 2011 (VRT 2015): ~35 % of the workers work in their own municipality, and most in the big cities
    // (Bruges 63 %, Antwerp 62 %, Ghent 60 %). These shares stay there outright; the gravity part of the others
    // lands some more in their own municipality, so the totals come out at the census figures.
    static constexpr double kOwnTownShare = 0.26;
    static constexpr double kOwnCityShare = 0.57;
    static constexpr int kCityPopulation = 100'000; // Brussels, Antwerp, Ghent, Charleroi, Liège, Bruges, Namur
    static constexpr double kOwnSpreadScale = 0.5;
    static constexpr double kJobsExponent = 1.2;
    static constexpr double kDistanceOffsetKm = 5.0;
    static constexpr double kCellLatDeg = 0.09;
    static constexpr double kCellLonDeg = 0.14;

    WorkplaceSampler(const LandMask &land, const std::vector<Place> &places);
    GeoPoint sample(GeoPoint home, RandomStream &random) const;

private:
    GeoPoint inOwnMunicipality(GeoPoint home, std::size_t municipality, RandomStream &random) const;
    GeoPoint byGravity(GeoPoint home, RandomStream &random) const;
    std::size_t cellOf(GeoPoint point) const;
    const LandMask &m_land;
    std::vector<Place> m_places; // those inside the land mask
    Municipalities m_municipalities;
    double m_latMin = 0, m_lonMin = 0;
    std::size_t m_rows = 0, m_cols = 0;
    std::vector<AliasTable> m_byCell;
};

} // namespace cdr
