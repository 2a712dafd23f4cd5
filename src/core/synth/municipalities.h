#pragma once

#include "geo/geography.h"
#include "synth/antennaindex.h"

#include <cstddef>
#include <vector>

namespace cdr {

// Municipalities approximated from GeoNames' populated places (543 places; Belgium has 581 municipalities): a point
// belongs to the nearest place, except inside the Brussels-Capital Region. GeoNames gives that region as one place,
// "Brussels", at its centre (not its 19 communes), so the region is a disc of its area around that place and counts
// as one municipality.
class Municipalities {
public:
    static constexpr const char *kBrusselsName = "Brussels";
    static constexpr double kBrusselsAreaKm2 = 161.4; // Brussels-Capital Region (Brussels Environment)
    static double brusselsRadiusKm();                 // of the disc of that area: 7.17 km

    explicit Municipalities(const std::vector<Place> &places);

    // Index into the places of the municipality holding the point; requires places.
    std::size_t of(GeoPoint point) const;
    bool insideBrussels(GeoPoint point) const;

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    AntennaIndex m_nearest; // over the places, as points
    std::size_t m_brussels = kNone;
    GeoPoint m_brusselsCentre;
};

} // namespace cdr
