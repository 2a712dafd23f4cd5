// MapWidget's bounding-box editing: which edges the cursor grabs, its cursor shape, and the box while dragging.
#include "mapprojection.h"
#include "mapwidget.h"

#include <algorithm>
#include <cmath>

namespace cdr::gui {

using namespace mapprojection;

namespace {

// Bits of MapWidget's box drag: which edges move.
enum BoxEdge { West = 1, East = 2, North = 4, South = 8 };

constexpr double kGrabPixels = 6;
constexpr double kMinBoxDegrees = 0.01; // a dragged box never collapses or turns inside out

} // namespace

int MapWidget::boxEdgesAt(const QPointF &position) const
{
    const QRectF box = boundingBoxOnWidget();
    if (box.isEmpty())
        return 0;
    const QRectF near = box.adjusted(-kGrabPixels, -kGrabPixels, kGrabPixels, kGrabPixels);
    if (!near.contains(position))
        return 0;
    int edges = 0;
    if (std::abs(position.x() - box.left()) <= kGrabPixels)
        edges |= West;
    else if (std::abs(position.x() - box.right()) <= kGrabPixels)
        edges |= East;
    if (std::abs(position.y() - box.top()) <= kGrabPixels)
        edges |= North;
    else if (std::abs(position.y() - box.bottom()) <= kGrabPixels)
        edges |= South;
    return edges;
}

void MapWidget::updateHoverCursor(const QPointF &position)
{
    const int edges = boxEdgesAt(position);
    const bool horizontal = edges & (West | East);
    const bool vertical = edges & (North | South);
    if (horizontal && vertical)
        setCursor(edges == (West | North) || edges == (East | South) ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor);
    else if (horizontal)
        setCursor(Qt::SizeHorCursor);
    else if (vertical)
        setCursor(Qt::SizeVerCursor);
    else
        unsetCursor();
}

void MapWidget::dragBoxTo(const QPointF &position)
{
    // World y grows southwards: the north edge is top(), latitude = -y.
    const QPointF world = viewTransform().inverted().map(position);
    const double minX = kMinBoxDegrees * kLonFactor;
    const double x = std::clamp(world.x(), -180.0 * kLonFactor, 180.0 * kLonFactor);
    const double y = std::clamp(world.y(), -90.0, 90.0);
    QRectF box = m_boundingBox;
    if (m_boxDrag & West)
        box.setLeft(std::min(x, box.right() - minX));
    if (m_boxDrag & East)
        box.setRight(std::max(x, box.left() + minX));
    if (m_boxDrag & North)
        box.setTop(std::min(y, box.bottom() - kMinBoxDegrees));
    if (m_boxDrag & South)
        box.setBottom(std::max(y, box.top() + kMinBoxDegrees));
    m_boundingBox = box;
    update();
}

} // namespace cdr::gui
