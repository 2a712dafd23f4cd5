#pragma once

#include "config/config.h"
#include "geo/geography.h"

#include <vector>

namespace cdr {

// True when the latitude/longitude box shares area with one of the polygons: a border vertex lies in the box, a box
// corner lies inside a polygon, or a box edge crosses a border edge.
bool boxOverlapsPolygons(const DoubleRange &latitude, const DoubleRange &longitude,
                         const std::vector<GeoPolygon> &polygons);

} // namespace cdr
