#pragma once

#include "config/config.h"
#include "maparea.h"
#include "maprecord.h"
#include "synth/worldmodel.h"

#include <QPainterPath>
#include <QPointF>
#include <QStringList>
#include <QTransform>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace cdr::gui {

// Belgium, its neighbours, the antennas of the current world (colour = operator, shape and size = antenna type),
// optionally the homes of the previewed callers, one selected record (home, emission and reception antennas joined
// by lines) and the configured bounding box. Wheel zooms around the cursor, dragging pans, double-click resets;
// hovering an antenna shows its id, type, operator and altitude. Dragging an edge or a corner of the box resizes
// it; on release boundingBoxDragged() proposes the new box and the owner accepts it (setBoundingBox) or not.
// Event areas (setAreas) are drawn as circles; a click that does not pan reports its point (pointClicked).
class MapWidget : public QWidget {
    Q_OBJECT
public:
    explicit MapWidget(QWidget *parent = nullptr);

    void setAntennas(std::vector<Antenna> antennas, QStringList operatorCodes, QStringList antennaTypes);
    void setHomes(std::vector<QPointF> lonLat);
    void setBoundingBox(const DoubleRange &latitude, const DoubleRange &longitude);
    void setShowHomes(bool show);
    void setStatus(const QString &text); // "building world…" etc., drawn in a corner
    void setAreas(std::vector<MapArea> areas);
    const std::vector<MapArea> &areas() const { return m_areas; }
    void setRecord(const MapRecord &record);
    void clearRecord();
    // Centres and zooms the view on the shown record's points.
    void zoomToRecord();
    // Centres the view on a circle of radiusKm around a point, the circle about a third of the view across.
    void zoomToArea(double latitude, double longitude, double radiusKm);
    const std::optional<MapRecord> &record() const { return m_record; }
    void resetView();

    int antennaCount() const { return static_cast<int>(m_antennas.size()); }
    const std::vector<Antenna> &antennas() const { return m_antennas; }
    const QStringList &operatorCodes() const { return m_operatorCodes; }
    const QStringList &antennaTypes() const { return m_antennaTypes; }
    // Antennas (indexes into antennas()) ringed in a colour: the selected event's.
    void setHighlightedAntennas(std::vector<std::uint32_t> indexes, const QColor &colour);
    const std::vector<std::uint32_t> &highlightedAntennas() const { return m_highlighted; }
    // The tooltip text for the antenna under a widget position, empty if none (also used by tests).
    QString antennaTooltipAt(const QPoint &position) const;
    QPointF toWidget(double lat, double lon) const;
    // (latitude, longitude) of a widget position.
    QPointF toLatLon(const QPointF &position) const;
    // The box in widget coordinates (left = west, top = north), empty if there is none.
    QRectF boundingBoxOnWidget() const;

    static QColor operatorColor(int index);

signals:
    // The user released a drag of the box's edges or corners; degrees rounded to the fields' 4 decimals.
    void boundingBoxDragged(const cdr::DoubleRange &latitude, const cdr::DoubleRange &longitude);
    // A left click that did not pan the map, at this point (degrees).
    void pointClicked(double latitude, double longitude);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QTransform viewTransform() const;
    void paintAntennas(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    void drawMarker(QPainter &painter, QPointF at, int type, double radius) const;
    double markerRadius(int type) const;
    int antennaAt(const QPoint &position) const;
    void paintRecord(QPainter &painter) const;
    void paintAreas(QPainter &painter) const;
    void paintHighlightedAntennas(QPainter &painter) const;
    void paintBoxHandles(QPainter &painter, const QRectF &box) const;
    // Which box edges (BoxEdge bits) are within grabbing distance of a widget position.
    int boxEdgesAt(const QPointF &position) const;
    void dragBoxTo(const QPointF &position);
    void updateHoverCursor(const QPointF &position);

    std::vector<std::pair<QString, QPainterPath>> m_neighbours; // world coordinates, see project()
    QPainterPath m_belgium;
    std::vector<Antenna> m_antennas;
    QStringList m_operatorCodes;
    QStringList m_antennaTypes;
    std::vector<QPointF> m_homes;
    QRectF m_boundingBox; // world coordinates, see project()
    std::optional<MapRecord> m_record;
    std::vector<MapArea> m_areas;
    std::vector<std::uint32_t> m_highlighted;
    QColor m_highlightColour;
    bool m_showHomes = true;
    QString m_status;

    double m_scale = 1;   // pixels per world unit
    QPointF m_center;     // world point shown at the widget centre
    bool m_fitted = false;
    bool m_userMoved = false; // until the user zooms or pans, the view refits on resize
    QPoint m_dragStart;
    QPointF m_dragCenter;
    bool m_dragging = false;
    bool m_panned = false; // the current press moved the map: its release is no click
    int m_boxDrag = 0; // BoxEdge bits of the edges being dragged, 0 = none
};

} // namespace cdr::gui
