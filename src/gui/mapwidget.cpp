#include "mapwidget.h"

#include "mapprojection.h"
#include "synth/geography.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace cdr::gui {

using namespace mapprojection;

namespace {

double roundToFieldDecimals(double degrees)
{
    return std::round(degrees * 1e4) / 1e4;
}

QPainterPath pathOf(const std::vector<GeoPolygon> &polygons)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&path](const GeoRing &ring) {
        if (ring.empty())
            return;
        QPolygonF polygon;
        for (const GeoPoint &p : ring)
            polygon << project(p.lat, p.lon);
        path.addPolygon(polygon);
        path.closeSubpath();
    };
    for (const GeoPolygon &polygon : polygons) {
        addRing(polygon.outer);
        for (const GeoRing &hole : polygon.holes)
            addRing(hole);
    }
    return path;
}

// Where a neighbour's name reads well next to Belgium (a polygon's centre often lies far off screen).
QPointF labelAnchor(const QString &name, const QPainterPath &path)
{
    static const struct {
        const char *name;
        double lat, lon;
    } anchors[] = {{"Netherlands", 51.62, 5.5}, {"Germany", 50.55, 6.85}, {"France", 49.75, 3.9},
                   {"Luxembourg", 49.72, 6.1}, {"United Kingdom", 51.3, 1.0}};
    for (const auto &anchor : anchors)
        if (name.compare(QLatin1String(anchor.name), Qt::CaseInsensitive) == 0)
            return project(anchor.lat, anchor.lon);
    return path.boundingRect().center();
}

// The neighbours as resources/data/neighbours.geojson names them, listed for lupdate; drawn translated.
[[maybe_unused]] const char *const kNeighbourNames[] = {
    QT_TRANSLATE_NOOP("cdr::gui::MapWidget", "Netherlands"), QT_TRANSLATE_NOOP("cdr::gui::MapWidget", "Germany"),
    QT_TRANSLATE_NOOP("cdr::gui::MapWidget", "France"), QT_TRANSLATE_NOOP("cdr::gui::MapWidget", "Luxembourg"),
    QT_TRANSLATE_NOOP("cdr::gui::MapWidget", "United Kingdom")};

} // namespace

MapWidget::MapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(QString()); // tooltips come from event()
    const Geography &geography = Geography::instance();
    m_belgium = pathOf(geography.belgium());
    for (const Geography::Country &country : geography.neighbours())
        m_neighbours.emplace_back(QString::fromStdString(country.name), pathOf(country.polygons));
}

QColor MapWidget::operatorColor(int index)
{
    static const QColor palette[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                                     QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf),
                                     QColor(0xbcbd22), QColor(0x7f7f7f)};
    return palette[index % static_cast<int>(std::size(palette))];
}

void MapWidget::setAntennas(std::vector<Antenna> antennas, QStringList operatorCodes, QStringList antennaTypes)
{
    m_antennas = std::move(antennas);
    m_highlighted.clear(); // indexes into the antennas they replace
    m_operatorCodes = std::move(operatorCodes);
    m_antennaTypes = std::move(antennaTypes);
    update();
}

void MapWidget::setHomes(std::vector<QPointF> lonLat)
{
    m_homes = std::move(lonLat);
    update();
}

void MapWidget::setBoundingBox(const DoubleRange &latitude, const DoubleRange &longitude)
{
    m_boundingBox = QRectF(project(latitude.max, longitude.min), project(latitude.min, longitude.max)).normalized();
    update();
}

QRectF MapWidget::boundingBoxOnWidget() const
{
    return m_boundingBox.isEmpty() ? QRectF() : viewTransform().mapRect(m_boundingBox);
}

void MapWidget::setRecord(const MapRecord &record)
{
    m_record = record;
    update();
}

void MapWidget::zoomToRecord()
{
    if (!m_record || width() <= 0 || height() <= 0)
        return;
    QRectF area;
    for (const std::optional<QPointF> &point : {m_record->home, m_record->emission, m_record->reception})
        if (point)
            area = area.united(QRectF(projectLonLat(*point), QSizeF(0, 0)).adjusted(-0.02, -0.02, 0.02, 0.02));
    if (area.isEmpty())
        return;
    // The points take about half of the view, so the antennas around them show where the call happened.
    m_center = area.center();
    m_scale = std::clamp(0.5 * std::min(width() / area.width(), height() / area.height()), 20.0, 20000.0);
    m_fitted = true;
    m_userMoved = true;
    update();
}

void MapWidget::clearRecord()
{
    m_record.reset();
    update();
}

void MapWidget::setShowHomes(bool show)
{
    m_showHomes = show;
    update();
}

void MapWidget::setStatus(const QString &text)
{
    m_status = text;
    update();
}

void MapWidget::resetView()
{
    // Belgium plus a margin so the neighbours frame it.
    const QRectF area = m_belgium.boundingRect().adjusted(-0.25, -0.2, 0.25, 0.2);
    if (area.isEmpty() || width() <= 0 || height() <= 0)
        return;
    m_center = area.center();
    m_scale = std::min(width() / area.width(), height() / area.height());
    m_fitted = true;
    m_userMoved = false;
    update();
}

QTransform MapWidget::viewTransform() const
{
    QTransform transform;
    transform.translate(width() / 2.0, height() / 2.0);
    transform.scale(m_scale, m_scale);
    transform.translate(-m_center.x(), -m_center.y());
    return transform;
}

QPointF MapWidget::toWidget(double lat, double lon) const
{
    return viewTransform().map(project(lat, lon));
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userMoved)
        resetView();
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0xdbe9f4)); // sea
    if (!m_fitted)
        return;
    const QTransform transform = viewTransform();
    painter.save();
    painter.setTransform(transform);
    QPen border(QColor(0x9a9a9a), 1);
    border.setCosmetic(true);
    painter.setPen(border);
    painter.setBrush(QColor(0xeeeeea));
    for (const auto &neighbour : m_neighbours)
        painter.drawPath(neighbour.second);
    QPen belgiumPen(QColor(0x404040), 1.6);
    belgiumPen.setCosmetic(true);
    painter.setPen(belgiumPen);
    painter.setBrush(QColor(0xfdf6d8));
    painter.drawPath(m_belgium);
    painter.restore();

    painter.setPen(QColor(0x707070));
    const QFontMetrics metrics(font());
    for (const auto &[name, path] : m_neighbours) {
        const QString label = tr(name.toUtf8().constData());
        const QPointF at = transform.map(labelAnchor(name, path)) - QPointF(metrics.horizontalAdvance(label) / 2.0, 0);
        if (rect().adjusted(0, metrics.height(), -metrics.horizontalAdvance(label), 0).contains(at.toPoint()))
            painter.drawText(at, label);
    }
    paintAntennas(painter);
    paintHighlightedAntennas(painter);
    paintAreas(painter);
    if (m_showHomes) { // on top: a thousand small dots hide little
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(40, 40, 40, 150));
        for (const QPointF &home : m_homes)
            painter.drawEllipse(transform.map(project(home.y(), home.x())), 2.0, 2.0);
    }
    if (!m_boundingBox.isEmpty()) {
        const QRectF box = transform.mapRect(m_boundingBox);
        QPen boxPen(QColor(0xc0392b), m_boxDrag ? 2.0 : 1.5, Qt::DashLine);
        painter.setPen(boxPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        paintBoxHandles(painter, box);
    }
    paintRecord(painter);
    paintLegend(painter);
}

void MapWidget::paintBoxHandles(QPainter &painter, const QRectF &box) const
{
    painter.setPen(QPen(QColor(0xc0392b), 1.2));
    painter.setBrush(Qt::white);
    const QPointF handles[] = {box.topLeft(),    box.topRight(),   box.bottomLeft(),
                               box.bottomRight(), QPointF(box.center().x(), box.top()),
                               QPointF(box.center().x(), box.bottom()), QPointF(box.left(), box.center().y()),
                               QPointF(box.right(), box.center().y())};
    for (const QPointF &at : handles)
        painter.drawRect(QRectF(at.x() - 3.5, at.y() - 3.5, 7, 7));
}

void MapWidget::paintRecord(QPainter &painter) const
{
    if (!m_record)
        return;
    const QTransform transform = viewTransform();
    auto at = [&transform](const std::optional<QPointF> &lonLat) -> std::optional<QPointF> {
        if (!lonLat)
            return std::nullopt;
        return transform.map(projectLonLat(*lonLat));
    };
    MapRecordPainter::paint(painter, font(), at(m_record->home), at(m_record->emission), at(m_record->reception));
}

double MapWidget::markerRadius(int type) const
{
    // Grows with the zoom so thousands of antennas stay readable at country scale; the first type (MACRO, the
    // biggest cell) gets the biggest marker.
    const double base = std::clamp(m_scale * 0.012, 1.6, 6.0);
    return base * std::max(0.55, 1.0 - 0.2 * type);
}

void MapWidget::drawMarker(QPainter &painter, QPointF at, int type, double size) const
{
    // Circle, square, triangle, diamond by antenna type.
    switch (type % 4) {
    case 0: painter.drawEllipse(at, size, size); break;
    case 1: painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size)); break;
    case 2:
        painter.drawPolygon(QPolygonF({at + QPointF(0, -size * 1.3), at + QPointF(size * 1.2, size),
                                       at + QPointF(-size * 1.2, size)}));
        break;
    default:
        painter.drawPolygon(QPolygonF({at + QPointF(0, -size * 1.4), at + QPointF(size * 1.4, 0),
                                       at + QPointF(0, size * 1.4), at + QPointF(-size * 1.4, 0)}));
    }
}

void MapWidget::paintAntennas(QPainter &painter) const
{
    const QTransform transform = viewTransform();
    const QRectF visible = QRectF(rect()).adjusted(-8, -8, 8, 8);
    const bool outlined = markerRadius(0) >= 3;
    painter.setPen(outlined ? QPen(QColor(255, 255, 255, 200), 0.6) : QPen(Qt::NoPen));
    for (const Antenna &antenna : m_antennas) {
        const QPointF at = transform.map(project(antenna.lat, antenna.lon));
        if (!visible.contains(at))
            continue;
        painter.setBrush(operatorColor(antenna.operatorIndex));
        drawMarker(painter, at, antenna.type, markerRadius(antenna.type));
    }
}

void MapWidget::paintLegend(QPainter &painter) const
{
    const QFontMetrics metrics(font());
    const int line = metrics.height() + 2;
    if (!m_status.isEmpty()) {
        const QRect statusBox(8, height() - line - 14, metrics.horizontalAdvance(m_status) + 16, line + 6);
        painter.setPen(QColor(0xb0b0b0));
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(statusBox, 4, 4);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(statusBox, Qt::AlignCenter, m_status);
    }
    if (m_antennas.empty() && m_operatorCodes.isEmpty())
        return; // a map given no world (the Events page's) has nothing to explain
    int widest = metrics.horizontalAdvance(tr("%n antennas", nullptr, antennaCount()));
    for (const QString &text : m_operatorCodes + m_antennaTypes + QStringList{tr("caller homes")})
        widest = std::max(widest, metrics.horizontalAdvance(text) + line + 4);
    const bool homes = m_showHomes && !m_homes.empty();
    const int rows = 1 + static_cast<int>(m_operatorCodes.size() + m_antennaTypes.size()) + (homes ? 1 : 0);
    const QRect box(8, 8, widest + 16, rows * line + 10);
    painter.setPen(QColor(0xb0b0b0));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    int y = box.top() + 5;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(box.left() + 8, y, widest, line), Qt::AlignVCenter,
                     tr("%n antennas", nullptr, antennaCount()));
    y += line;
    auto entry = [&](const QString &text, const QColor &colour, int type) {
        painter.setPen(QPen(Qt::white, 0.6));
        painter.setBrush(colour);
        drawMarker(painter, QPointF(box.left() + 8 + line / 2.0, y + line / 2.0), type,
                   line * 0.3 * std::max(0.55, 1.0 - 0.2 * type));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(box.left() + 12 + line, y, widest, line), Qt::AlignVCenter, text);
        y += line;
    };
    for (int i = 0; i < m_operatorCodes.size(); ++i)
        entry(m_operatorCodes[i], operatorColor(i), 0);
    for (int t = 0; t < m_antennaTypes.size(); ++t)
        entry(m_antennaTypes[t], QColor(0x808080), t);
    if (homes) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(40, 40, 40, 150));
        painter.drawEllipse(QPointF(box.left() + 8 + line / 2.0, y + line / 2.0), 2.0, 2.0);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(box.left() + 12 + line, y, widest, line), Qt::AlignVCenter, tr("caller homes"));
    }
}

int MapWidget::antennaAt(const QPoint &position) const
{
    const QTransform transform = viewTransform();
    int best = -1;
    double bestDistance = 7.0 * 7.0;
    for (std::size_t i = 0; i < m_antennas.size(); ++i) {
        const QPointF d = transform.map(project(m_antennas[i].lat, m_antennas[i].lon)) - QPointF(position);
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

QString MapWidget::antennaTooltipAt(const QPoint &position) const
{
    const int index = antennaAt(position);
    if (index < 0)
        return {};
    const Antenna &a = m_antennas[static_cast<std::size_t>(index)];
    const QString type = m_antennaTypes.value(a.type, QString::number(a.type));
    const QString op = m_operatorCodes.value(a.operatorIndex, QString::number(a.operatorIndex));
    return tr("<b>ANT%1</b><br>type %2<br>operator %3<br>altitude %4 m<br>%5, %6")
        .arg(a.id).arg(type, op).arg(a.altitude).arg(a.lat, 0, 'f', 5).arg(a.lon, 0, 'f', 5);
}

bool MapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = antennaTooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const QPointF cursor = event->position();
    const QPointF before = viewTransform().inverted().map(cursor);
    m_scale = std::clamp(m_scale * std::pow(1.25, steps), 20.0, 20000.0);
    m_userMoved = true;
    const QPointF after = viewTransform().inverted().map(cursor);
    m_center += before - after; // keep the point under the cursor in place
    update();
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_boxDrag = boxEdgesAt(event->position());
    if (m_boxDrag)
        return;
    m_dragging = true;
    m_panned = false;
    m_dragStart = event->position().toPoint();
    m_dragCenter = m_center;
    setCursor(Qt::ClosedHandCursor);
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_boxDrag)
        return dragBoxTo(event->position());
    if (!m_dragging) {
        updateHoverCursor(event->position());
        return QWidget::mouseMoveEvent(event);
    }
    const QPointF delta = event->position() - QPointF(m_dragStart);
    if (!m_panned && delta.manhattanLength() < QApplication::startDragDistance())
        return; // a hand's tremor during a click does not pan
    m_panned = true;
    m_center = m_dragCenter - delta / m_scale;
    m_userMoved = true;
    update();
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_boxDrag) {
        dragBoxTo(event->position());
        m_boxDrag = 0;
        const QRectF box = m_boundingBox;
        const DoubleRange latitude{roundToFieldDecimals(-box.bottom()), roundToFieldDecimals(-box.top())};
        const DoubleRange longitude{roundToFieldDecimals(box.left() / kLonFactor),
                                    roundToFieldDecimals(box.right() / kLonFactor)};
        update();
        emit boundingBoxDragged(latitude, longitude);
        return;
    }
    const bool clicked = m_dragging && !m_panned && event->button() == Qt::LeftButton;
    m_dragging = false;
    unsetCursor();
    if (clicked) {
        const QPointF point = toLatLon(event->position());
        emit pointClicked(point.x(), point.y());
    }
    QWidget::mouseReleaseEvent(event);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *)
{
    resetView();
}

} // namespace cdr::gui
