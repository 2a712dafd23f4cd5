// MapWidget's event areas: circles of radius_km around a point, with their names.
#include "mapprojection.h"
#include "mapwidget.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace cdr::gui {

using namespace mapprojection;

namespace {

constexpr double kKmPerDegreeLatitude = 111.2;
constexpr double kMinRadiusPixels = 5; // a 1 km venue stays visible at country scale

} // namespace

void MapWidget::setAreas(std::vector<MapArea> areas)
{
    m_areas = std::move(areas);
    update();
}

void MapWidget::paintAreas(QPainter &painter) const
{
    const QTransform transform = viewTransform();
    const QFontMetrics metrics(font());
    for (const MapArea &area : m_areas) {
        const QPointF centre = transform.map(project(area.latitude, area.longitude));
        // Kilometres to world units: a degree of longitude shrinks with cos(latitude), the projection by kLonFactor.
        const double cosLatitude = std::max(0.01, std::cos(area.latitude * std::numbers::pi / 180.0));
        const double ry = std::max(kMinRadiusPixels, area.radiusKm / kKmPerDegreeLatitude * m_scale);
        const double rx = std::max(kMinRadiusPixels,
                                   area.radiusKm / (kKmPerDegreeLatitude * cosLatitude) * kLonFactor * m_scale);
        QColor fill = area.colour;
        fill.setAlpha(area.enabled ? 70 : 25);
        QPen pen(area.colour, area.selected ? 3.0 : 1.5, area.enabled ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(centre, rx, ry);
        painter.drawLine(centre - QPointF(3, 0), centre + QPointF(3, 0));
        painter.drawLine(centre - QPointF(0, 3), centre + QPointF(0, 3));
        if (area.label.isEmpty())
            continue;
        QFont labelFont = font();
        labelFont.setBold(area.selected);
        painter.setFont(labelFont);
        const QPointF at = centre + QPointF(rx + 4, metrics.ascent() / 2.0);
        const QRectF box(at - QPointF(2, metrics.ascent() + 1),
                         QSizeF(QFontMetrics(labelFont).horizontalAdvance(area.label) + 4, metrics.height() + 2));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(area.colour.darker(140));
        painter.drawText(at, area.label);
        painter.setFont(font());
    }
}

void MapWidget::setHighlightedAntennas(std::vector<std::uint32_t> indexes, const QColor &colour)
{
    m_highlighted = std::move(indexes);
    m_highlightColour = colour;
    update();
}

void MapWidget::paintHighlightedAntennas(QPainter &painter) const
{
    const QTransform transform = viewTransform();
    painter.setPen(QPen(m_highlightColour, 2.0));
    painter.setBrush(Qt::NoBrush);
    const double radius = markerRadius(0) + 3;
    for (std::uint32_t index : m_highlighted)
        if (index < m_antennas.size()) {
            const Antenna &antenna = m_antennas[index];
            painter.drawEllipse(transform.map(project(antenna.lat, antenna.lon)), radius, radius);
        }
}

void MapWidget::zoomToArea(double latitude, double longitude, double radiusKm)
{
    if (width() <= 0 || height() <= 0)
        return;
    const double diameterDegrees = 2 * radiusKm / kKmPerDegreeLatitude;
    m_center = project(latitude, longitude);
    m_scale = std::clamp(std::min(width(), height()) / (3 * diameterDegrees), 20.0, 20000.0);
    m_fitted = true;
    m_userMoved = true;
    update();
}

QPointF MapWidget::toLatLon(const QPointF &position) const
{
    const QPointF world = viewTransform().inverted().map(position);
    return {-world.y(), world.x() / kLonFactor};
}

} // namespace cdr::gui
