#include "maprecord.h"

#include <QFontMetrics>
#include <QPainter>

#include <vector>

namespace cdr::gui {

void MapRecordPainter::paint(QPainter &painter, const QFont &font, const std::optional<QPointF> &home,
                             const std::optional<QPointF> &emission, const std::optional<QPointF> &reception)
{
    const QColor ink(0x202020);
    painter.setBrush(Qt::NoBrush);
    // Each line is drawn over a white casing so it stays readable across thousands of antenna markers.
    auto line = [&painter, &ink](QPointF from, QPointF to, Qt::PenStyle style) {
        painter.setPen(QPen(QColor(255, 255, 255, 230), 6.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(from, to);
        painter.setPen(QPen(ink, 2.5, style, Qt::RoundCap));
        painter.drawLine(from, to);
    };
    if (home && emission)
        line(*home, *emission, Qt::SolidLine);
    if (emission && reception)
        line(*emission, *reception, Qt::DashLine);

    struct Mark {
        std::optional<QPointF> at;
        QColor colour;
        QString label;
    };
    const Mark marks[] = {{home, QColor(0x303030), tr("home of the caller")},
                          {emission, QColor(0x1b7f3b), tr("emission antenna")},
                          {reception, QColor(0x8e44ad), tr("reception antenna")}};
    for (const Mark &mark : marks) {
        if (!mark.at)
            continue;
        painter.setPen(QPen(Qt::white, 2.5));
        painter.setBrush(mark.colour);
        painter.drawEllipse(*mark.at, 8.0, 8.0);
    }
    // Labels after all markers, moved down while they would cover an earlier one (home and emission are often
    // a few pixels apart).
    const QFontMetrics metrics(font);
    std::vector<QRectF> placed;
    for (const Mark &mark : marks) {
        if (!mark.at)
            continue;
        QRectF text(mark.at->x() + 12, mark.at->y() - metrics.height() / 2.0 - 2,
                    metrics.horizontalAdvance(mark.label) + 10, metrics.height() + 4);
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &other : placed)
                if (text.intersects(other)) {
                    text.moveTop(other.bottom() + 2);
                    moved = true;
                }
        }
        placed.push_back(text);
        painter.setPen(mark.colour);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(text, 3, 3);
        painter.setPen(ink);
        painter.drawText(text, Qt::AlignCenter, mark.label);
    }
}

} // namespace cdr::gui
