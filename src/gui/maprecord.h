#pragma once

#include <QCoreApplication>
#include <QPointF>

#include <cstdint>
#include <optional>

class QFont;
class QPainter;

namespace cdr::gui {

// Where one record happened, in (longitude, latitude): a point the record does not have (a DATA session or an
// off-net callee has no reception antenna) is left empty and not drawn.
struct MapRecord {
    std::int64_t id = 0;
    std::optional<QPointF> home;
    std::optional<QPointF> emission;
    std::optional<QPointF> reception;
};

// Draws one record on the map: home -> emission as a line, emission -> reception dashed, a disc and a label per
// point. Points are in widget coordinates; a missing one is skipped with its lines.
class MapRecordPainter {
    Q_DECLARE_TR_FUNCTIONS(MapRecordPainter)

public:
    static void paint(QPainter &painter, const QFont &font, const std::optional<QPointF> &home,
                      const std::optional<QPointF> &emission, const std::optional<QPointF> &reception);
};

} // namespace cdr::gui
