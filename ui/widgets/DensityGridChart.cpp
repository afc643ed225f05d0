#include "widgets/DensityGridChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace credit::ui {

DensityGridChart::DensityGridChart(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Densité de deux variables"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DensityGridChart::setGrid(Grid grid)
{
    m_grid = std::move(grid);
    setAccessibleName(tr("Densité : %1 et %2").arg(m_grid.xLabel, m_grid.yLabel));
    setAccessibleDescription(m_grid.binning);
    update();
}

void DensityGridChart::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

namespace {
QString tick(double value)
{
    const QLocale locale;
    if (std::abs(value) >= 10000)
        return locale.toString(value / 1000.0, 'f', 0) + QStringLiteral(" k");
    if (std::abs(value) >= 10)
        return locale.toString(value, 'f', 0);
    return locale.toString(value, 'f', 2);
}
} // namespace

void DensityGridChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.base);
    const int line = fontMetrics().height();
    const QRect plot = rect().adjusted(line * 4, line + 4, -line * 2, -(line * 4 + 8));
    const int xBins = static_cast<int>(m_grid.xEdges.size()) - 1;
    const int yBins = static_cast<int>(m_grid.yEdges.size()) - 1;
    painter.setPen(m_theme.text);
    if (xBins <= 0 || yBins <= 0 || m_grid.points == 0) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_grid.binning.isEmpty() ? tr("Aucun client à afficher.")
                                                  : m_grid.binning);
        return;
    }
    const double highest =
        std::max(1.0, *std::max_element(m_grid.counts.begin(), m_grid.counts.end()));
    const double cellWidth = static_cast<double>(plot.width()) / xBins;
    const double cellHeight = static_cast<double>(plot.height()) / yBins;
    for (int y = 0; y < yBins; ++y) {
        for (int x = 0; x < xBins; ++x) {
            const double count = m_grid.counts[static_cast<std::size_t>(y * xBins + x)];
            if (count <= 0)
                continue;
            // Square-root scale: the few dense cells must not hide the sparse ones.
            QColor shade = m_theme.highlight;
            shade.setAlphaF(static_cast<float>(0.12 + 0.88 * std::sqrt(count / highest)));
            const QRectF cell(plot.left() + x * cellWidth, plot.bottom() - (y + 1) * cellHeight,
                              cellWidth + 0.5, cellHeight + 0.5);
            painter.fillRect(cell, shade);
        }
    }
    painter.setPen(QPen(m_theme.axis, 1));
    painter.drawRect(plot);
    painter.setPen(m_theme.mutedText);
    for (int step = 0; step <= 4; ++step) {
        const int xIndex = xBins * step / 4;
        const int px = plot.left() + static_cast<int>(xIndex * cellWidth);
        painter.drawText(QRect(px - 40, plot.bottom() + 2, 80, line), Qt::AlignCenter,
                         tick(m_grid.xEdges[static_cast<std::size_t>(xIndex)]));
        const int yIndex = yBins * step / 4;
        const int py = plot.bottom() - static_cast<int>(yIndex * cellHeight);
        painter.drawText(QRect(0, py - line / 2, plot.left() - 4, line),
                         Qt::AlignRight | Qt::AlignVCenter,
                         tick(m_grid.yEdges[static_cast<std::size_t>(yIndex)]));
    }
    painter.setPen(m_theme.text);
    painter.drawText(QRect(plot.left(), plot.bottom() + line + 2, plot.width(), line),
                     Qt::AlignCenter, m_grid.xLabel);
    painter.save();
    painter.translate(line / 2 + 2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-plot.height() / 2, -line / 2, plot.height(), line), Qt::AlignCenter,
                     m_grid.yLabel);
    painter.restore();
    painter.drawText(QRect(8, plot.bottom() + 2 * line + 6, width() - 16, line * 2),
                     Qt::AlignLeft | Qt::TextWordWrap, m_grid.binning);

    if (m_grid.hasClient) {
        const auto position = [](double value, const std::vector<double>& edges) {
            const double low = edges.front(), high = edges.back();
            return std::clamp((value - low) / std::max(1e-12, high - low), 0.0, 1.0);
        };
        const QPointF centre(plot.left() + position(m_grid.clientX, m_grid.xEdges) * plot.width(),
                             plot.bottom() -
                                 position(m_grid.clientY, m_grid.yEdges) * plot.height());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(m_theme.base, 5));
        painter.drawEllipse(centre, 9, 9);
        painter.setPen(QPen(m_theme.clientMarker, 3));
        painter.drawEllipse(centre, 9, 9);
        painter.drawLine(centre + QPointF(-14, 0), centre + QPointF(14, 0));
        painter.drawLine(centre + QPointF(0, -14), centre + QPointF(0, 14));
        painter.setPen(m_theme.text);
        const QString label = tr("Client");
        const qreal labelX = centre.x() + 16 + fontMetrics().horizontalAdvance(label) > plot.right()
                                 ? centre.x() - 16 - fontMetrics().horizontalAdvance(label)
                                 : centre.x() + 16;
        painter.drawText(QPointF(labelX, centre.y() - 10), label);
    }
}

} // namespace credit::ui
