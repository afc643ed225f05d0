#include "widgets/DecisionIcon.h"

#include <QPainterPath>

#include <algorithm>

namespace credit::ui {

void paintDecisionIcon(QPainter& painter, const QRect& box, bool granted, const Theme& theme)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF disc = QRectF(box).adjusted(1, 1, -1, -1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(granted ? theme.favourable : theme.adverse);
    painter.drawEllipse(disc);

    const double unit = disc.width() / 10.0;
    painter.setPen(
        QPen(theme.hatch, std::max(2.0, unit * 1.3), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const QPointF origin = disc.topLeft();
    if (granted) {
        QPainterPath check;
        check.moveTo(origin + QPointF(2.8 * unit, 5.2 * unit));
        check.lineTo(origin + QPointF(4.4 * unit, 6.9 * unit));
        check.lineTo(origin + QPointF(7.3 * unit, 3.3 * unit));
        painter.drawPath(check);
    } else {
        painter.drawLine(origin + QPointF(3.2 * unit, 3.2 * unit),
                         origin + QPointF(6.8 * unit, 6.8 * unit));
        painter.drawLine(origin + QPointF(6.8 * unit, 3.2 * unit),
                         origin + QPointF(3.2 * unit, 6.8 * unit));
    }
    painter.restore();
}

} // namespace credit::ui
