#pragma once

#include <QPointF>

#include <cmath>
#include <numbers>

namespace cdr::gui::mapprojection {

// Equirectangular projection shrunk in longitude by cos(50.5°) so Belgium keeps its shape; y grows southwards.
inline const double kLonFactor = std::cos(50.5 * std::numbers::pi / 180.0);

inline QPointF project(double lat, double lon)
{
    return {lon * kLonFactor, -lat};
}

inline QPointF projectLonLat(const QPointF &lonLat)
{
    return project(lonLat.y(), lonLat.x());
}

} // namespace cdr::gui::mapprojection
