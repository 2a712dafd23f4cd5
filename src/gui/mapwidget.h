#pragma once

#include "config/config.h"
#include "synth/worldmodel.h"

#include <QPainterPath>
#include <QPointF>
#include <QStringList>
#include <QTransform>
#include <QWidget>

#include <vector>

namespace cdr::gui {

// Belgium, its neighbours, the antennas of the current world (colour = operator, shape and size = antenna type),
// optionally the homes of the previewed callers, and the configured bounding box. Wheel zooms around the cursor,
// dragging pans, double-click resets; hovering an antenna shows its id, type, operator and altitude.
class MapWidget : public QWidget {
    Q_OBJECT
public:
    explicit MapWidget(QWidget *parent = nullptr);

    void setAntennas(std::vector<Antenna> antennas, QStringList operatorCodes, QStringList antennaTypes);
    void setHomes(std::vector<QPointF> lonLat);
    void setBoundingBox(const DoubleRange &latitude, const DoubleRange &longitude);
    void setShowHomes(bool show);
    void setStatus(const QString &text); // "building world…" etc., drawn in a corner
    void resetView();

    int antennaCount() const { return static_cast<int>(m_antennas.size()); }
    // The tooltip text for the antenna under a widget position, empty if none (also used by tests).
    QString antennaTooltipAt(const QPoint &position) const;
    QPointF toWidget(double lat, double lon) const;

    static QColor operatorColor(int index);

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

    std::vector<std::pair<QString, QPainterPath>> m_neighbours; // world coordinates, see project()
    QPainterPath m_belgium;
    std::vector<Antenna> m_antennas;
    QStringList m_operatorCodes;
    QStringList m_antennaTypes;
    std::vector<QPointF> m_homes;
    QRectF m_boundingBox;
    bool m_showHomes = true;
    QString m_status;

    double m_scale = 1;   // pixels per world unit
    QPointF m_center;     // world point shown at the widget centre
    bool m_fitted = false;
    bool m_userMoved = false; // until the user zooms or pans, the view refits on resize
    QPoint m_dragStart;
    QPointF m_dragCenter;
    bool m_dragging = false;
};

} // namespace cdr::gui
