#include "widgets/DensityGridChart.h"

#include "accessibility/AccessibleFactory.h"
#include "population/Distribution.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace credit::ui {

DensityGridChart::DensityGridChart(QWidget* parent) : QWidget(parent)
{
    installAccessibleFactory();
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Densité de deux variables"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DensityGridChart::setGrid(Grid grid)
{
    m_grid = std::move(grid);
    m_cells.clear();
    m_clientListed = -1;
    m_current = -1;
    int clientIndex = -1;
    const bool drawable = xBins() > 0 && yBins() > 0 &&
                          m_grid.counts.size() == static_cast<std::size_t>(xBins() * yBins());
    if (drawable && m_grid.hasClient) {
        // The same binning as core's scatter (values beyond the edges fall in the end cells).
        population::Distribution xAxis, yAxis;
        xAxis.edges = m_grid.xEdges;
        yAxis.edges = m_grid.yEdges;
        clientIndex = static_cast<int>(yAxis.binOf(m_grid.clientY)) * xBins() +
                      static_cast<int>(xAxis.binOf(m_grid.clientX));
    }
    if (drawable) {
        for (int index = 0; index < xBins() * yBins(); ++index) {
            const auto cell = static_cast<std::size_t>(index);
            if (m_grid.counts[cell] <= 0 && !m_grid.isSuppressed(cell) && index != clientIndex)
                continue;
            if (index == clientIndex)
                m_clientListed = static_cast<int>(m_cells.size());
            m_cells.push_back(index);
        }
    }
    m_current = m_clientListed >= 0 ? m_clientListed : (m_cells.empty() ? -1 : 0);
    setAccessibleName(tr("Densité : %1 et %2").arg(m_grid.xLabel, m_grid.yLabel));
    setAccessibleDescription(m_grid.binning);
    update();
    QAccessibleEvent reset(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&reset);
}

void DensityGridChart::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

namespace {
QString tick(double value, const QLocale& locale)
{

    if (std::abs(value) >= 10000)
        return locale.toString(value / 1000.0, 'f', 0) + QStringLiteral(" k");
    if (std::abs(value) >= 10)
        return locale.toString(value, 'f', 0);
    return locale.toString(value, 'f', 2);
}

QString range(double low, double high, const QString& unit, const QLocale& locale)
{
    QString text = tick(low, locale) + QStringLiteral("–") + tick(high, locale);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    return text;
}

} // namespace

QRect DensityGridChart::plotRect() const
{
    // Below the plot: ticks, axis title, the binning statement (as many lines as it wraps to at
    // this width and text size), the shade legend.
    const int line = fontMetrics().height();
    return rect().adjusted(line * 4, line + 4, -line * 2, -(line * 3 + statementHeight() + 12));
}

int DensityGridChart::statementHeight() const
{
    return fontMetrics()
        .boundingRect(QRect(0, 0, std::max(1, width() - 16), 100000),
                      Qt::AlignLeft | Qt::TextWordWrap, m_grid.binning)
        .height();
}

QRect DensityGridChart::gridCell(const QRect& plot, int x, int y, int xBins, int yBins)
{
    const auto at = [](int start, int length, int index, int bins) {
        return start + static_cast<int>(std::lround(static_cast<double>(length) * index / bins));
    };
    const int left = at(plot.left(), plot.width(), x, xBins);
    const int right = at(plot.left(), plot.width(), x + 1, xBins);
    const int bottom = plot.top() + plot.height() - at(0, plot.height(), y, yBins);
    const int top = plot.top() + plot.height() - at(0, plot.height(), y + 1, yBins);
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

QColor DensityGridChart::shadeFor(double share) const
{
    // Square-root scale: the few dense cells must not hide the sparse ones.
    const double strength = 0.12 + 0.88 * std::sqrt(std::clamp(share, 0.0, 1.0));
    const auto mix = [strength](int over, int under) {
        return static_cast<int>(std::lround(strength * over + (1.0 - strength) * under));
    };
    return QColor(mix(m_theme.highlight.red(), m_theme.base.red()),
                  mix(m_theme.highlight.green(), m_theme.base.green()),
                  mix(m_theme.highlight.blue(), m_theme.base.blue()));
}

QString DensityGridChart::cellName(int cell) const
{
    if (cell < 0 || cell >= cellCount())
        return {};
    const int index = m_cells[static_cast<std::size_t>(cell)];
    const auto x = static_cast<std::size_t>(index % xBins());
    const auto y = static_cast<std::size_t>(index / xBins());
    const QLocale numbers = locale();
    const QString name =
        tr("%1 %2, %3 %4")
            .arg(m_grid.xLabel,
                 range(m_grid.xEdges[x], m_grid.xEdges[x + 1], m_grid.xUnit, numbers),
                 m_grid.yLabel,
                 range(m_grid.yEdges[y], m_grid.yEdges[y + 1], m_grid.yUnit, numbers));
    return cell == m_clientListed ? tr("%1 (case du client)").arg(name) : name;
}

double DensityGridChart::cellClients(int cell) const
{
    if (cell < 0 || cell >= cellCount())
        return 0.0;
    return m_grid.counts[static_cast<std::size_t>(m_cells[static_cast<std::size_t>(cell)])];
}

QString DensityGridChart::cellValue(int cell) const
{
    if (cell < 0 || cell >= cellCount())
        return {};
    const double clients = cellClients(cell);
    const QLocale numbers = locale();
    if (m_grid.isSuppressed(static_cast<std::size_t>(m_cells[static_cast<std::size_t>(cell)])))
        return tr("moins de %1 clients (nombre masqué pour protéger les données)")
            .arg(m_grid.suppressedBelow);
    return tr("%1 clients, %2 % des clients affichés")
        .arg(numbers.toString(clients, 'f', 0),
             numbers.toString(
                 m_grid.points > 0 ? 100.0 * clients / static_cast<double>(m_grid.points) : 0.0,
                 'f', 1));
}

QRect DensityGridChart::cellRect(int cell) const
{
    if (cell < 0 || cell >= cellCount())
        return {};
    const int index = m_cells[static_cast<std::size_t>(cell)];
    return gridCell(plotRect(), index % xBins(), index / xBins(), xBins(), yBins());
}

void DensityGridChart::setCurrentCell(int cell)
{
    if (cell < 0 || cell >= cellCount() || cell == m_current)
        return;
    m_current = cell;
    update();
    notifyAccessibility();
}

void DensityGridChart::notifyAccessibility()
{
    if (m_current < 0 || !hasFocus())
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(m_current);
    QAccessible::updateAccessibility(&focus);
}

void DensityGridChart::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
    notifyAccessibility();
}

void DensityGridChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCell(m_current - 1);
        break;
    case Qt::Key_Right:
        setCurrentCell(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentCell(0);
        break;
    case Qt::Key_End:
        setCurrentCell(cellCount() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DensityGridChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.base);
    const int line = fontMetrics().height();
    const QRect plot = plotRect();
    const int xBins = this->xBins();
    const int yBins = this->yBins();
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
    const QBrush hidden(m_theme.mutedText, Qt::BDiagPattern);
    for (int y = 0; y < yBins; ++y) {
        for (int x = 0; x < xBins; ++x) {
            const auto index = static_cast<std::size_t>(y * xBins + x);
            const double count = m_grid.counts[index];
            if (m_grid.isSuppressed(index)) {
                painter.fillRect(gridCell(plot, x, y, xBins, yBins), hidden);
                continue;
            }
            if (count <= 0)
                continue;
            // Opaque shades on whole-pixel cells that share their edges: translucent cells that
            // overlap by half a pixel drew a lattice of darker seams over the whole grid.
            painter.fillRect(gridCell(plot, x, y, xBins, yBins), shadeFor(count / highest));
        }
    }
    painter.setPen(QPen(m_theme.axis, 1));
    painter.drawRect(plot);
    painter.setPen(m_theme.mutedText);
    for (int step = 0; step <= 4; ++step) {
        const int xIndex = xBins * step / 4;
        const int px = plot.left() + static_cast<int>(xIndex * cellWidth);
        painter.drawText(QRect(px - 40, plot.bottom() + 2, 80, line), Qt::AlignCenter,
                         tick(m_grid.xEdges[static_cast<std::size_t>(xIndex)], locale()));
        const int yIndex = yBins * step / 4;
        const int py = plot.bottom() - static_cast<int>(yIndex * cellHeight);
        painter.drawText(QRect(0, py - line / 2, plot.left() - 4, line),
                         Qt::AlignRight | Qt::AlignVCenter,
                         tick(m_grid.yEdges[static_cast<std::size_t>(yIndex)], locale()));
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
    painter.drawText(QRect(8, plot.bottom() + 2 * line + 6, width() - 16, statementHeight()),
                     Qt::AlignLeft | Qt::TextWordWrap, m_grid.binning);
    // The shade legend: what the lightest and the darkest cell hold.
    {
        const int legendTop = plot.bottom() + 2 * line + statementHeight() + 10;
        // The lightest shade holds one client, or N when the server hides cells below N.
        const QString lightest =
            tr("Clients par case : %1").arg(std::max(1, m_grid.suppressedBelow));
        const QString darkest = locale().toString(highest, 'f', 0);
        int x = 8;
        painter.setPen(m_theme.text);
        painter.drawText(QRect(x, legendTop, fontMetrics().horizontalAdvance(lightest) + 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, lightest);
        x += fontMetrics().horizontalAdvance(lightest) + 6;
        const int steps = 12;
        const int stepWidth = std::max(6, line);
        for (int step = 0; step < steps; ++step)
            painter.fillRect(
                QRect(x + step * stepWidth, legendTop + 2, stepWidth, line - 4),
                shadeFor(static_cast<double>(step * step) / ((steps - 1) * (steps - 1))));
        painter.setPen(QPen(m_theme.axis, 1));
        painter.drawRect(QRect(x, legendTop + 2, steps * stepWidth - 1, line - 5));
        painter.setPen(m_theme.text);
        painter.drawText(QRect(x + steps * stepWidth + 6, legendTop, width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, darkest);
        if (m_grid.suppressedBelow > 0) {
            x += steps * stepWidth + 12 + fontMetrics().horizontalAdvance(darkest);
            painter.fillRect(QRect(x, legendTop + 2, stepWidth, line - 4), hidden);
            painter.setPen(QPen(m_theme.axis, 1));
            painter.drawRect(QRect(x, legendTop + 2, stepWidth - 1, line - 5));
            painter.setPen(m_theme.text);
            painter.drawText(QRect(x + stepWidth + 6, legendTop, width(), line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             tr("hachurée : moins de %1 clients").arg(m_grid.suppressedBelow));
        }
    }

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
    if (hasFocus() && m_current >= 0) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(m_theme.focus, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(m_current).adjusted(-1, -1, 1, 1));
    }
}

QString DensityGridChart::accessibleItemsDescription() const
{
    return grid().binning + QLatin1Char(' ') +
           tr("Flèches gauche et droite pour parcourir les cases non vides "
              "; la case du client est la première sélectionnée.");
}

} // namespace credit::ui
