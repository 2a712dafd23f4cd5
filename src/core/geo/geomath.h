#pragma once

#include <cmath>

namespace cdr {

// Flat-earth (equirectangular) kilometres around Belgium's mean latitude: within a country of 300 km the error
// against great-circle distance stays under 1 %, and it keeps nearest-antenna queries to multiplications.
struct GeoMath {
    static constexpr double kmPerDegLat = 110.57;
    static constexpr double kmPerDegLon = 70.80; // 111.32 * cos(50.5 deg)

    static double distanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double dy = (lat1 - lat2) * kmPerDegLat;
        const double dx = (lon1 - lon2) * kmPerDegLon;
        return std::sqrt(dx * dx + dy * dy);
    }
    // Coordinates are stored with 6 decimals (10 cm), what the CSV writes.
    static double roundMicro(double degrees) { return std::round(degrees * 1e6) / 1e6; }
};

} // namespace cdr
