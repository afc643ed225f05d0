#include "accessibility/DensityGridChartAccessible.h"

#include "widgets/DensityGridChart.h"

#include <QWidget>

namespace credit::ui {

DensityGridChartAccessible::DensityGridChartAccessible(DensityGridChart* chart)
    : QAccessibleWidget(chart, QAccessible::List)
{}

DensityGridChartAccessible::~DensityGridChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_childIds))
        QAccessible::deleteAccessibleInterface(id);
}

DensityGridChart* DensityGridChartAccessible::chart() const
{
    return static_cast<DensityGridChart*>(widget());
}

int DensityGridChartAccessible::childCount() const
{
    return chart()->cellCount();
}

QAccessibleInterface* DensityGridChartAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto known = m_childIds.constFind(index);
    if (known != m_childIds.constEnd())
        return QAccessible::accessibleInterface(*known);
    // Owned by QAccessible's cache once registered; deleted in our destructor.
    auto* cell = new DensityCellAccessible(chart(), index);
    m_childIds.insert(index, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

int DensityGridChartAccessible::indexOfChild(const QAccessibleInterface* childInterface) const
{
    if (!childInterface || childInterface->role() != QAccessible::ListItem ||
        childInterface->parent() != this)
        return -1;
    const auto* cell = static_cast<const DensityCellAccessible*>(childInterface);
    return cell->cell() < childCount() ? cell->cell() : -1;
}

QAccessibleInterface* DensityGridChartAccessible::childAt(int x, int y) const
{
    const QPoint local = chart()->mapFromGlobal(QPoint(x, y));
    for (int index = 0; index < childCount(); ++index) {
        if (chart()->cellRect(index).contains(local))
            return child(index);
    }
    return nullptr;
}

QAccessibleInterface* DensityGridChartAccessible::focusChild() const
{
    if (!chart()->hasFocus() || chart()->currentCell() < 0)
        return nullptr;
    return child(chart()->currentCell());
}

QString DensityGridChartAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Name)
        return chart()->accessibleName();
    if (type == QAccessible::Description)
        return chart()->grid().binning + QLatin1Char(' ') +
               DensityGridChart::tr("Flèches gauche et droite pour parcourir les cases non vides "
                                    "; la case du client est la première sélectionnée.");
    return QAccessibleWidget::text(type);
}

DensityCellAccessible::DensityCellAccessible(DensityGridChart* chart, int cell)
    : m_chart(chart), m_cell(cell)
{}

bool DensityCellAccessible::isValid() const
{
    const DensityGridChart* chart = m_chart.data();
    return chart != nullptr && m_cell < chart->cellCount();
}

QWindow* DensityCellAccessible::window() const
{
    return m_chart ? m_chart->window()->windowHandle() : nullptr;
}

QAccessibleInterface* DensityCellAccessible::parent() const
{
    return m_chart ? QAccessible::queryAccessibleInterface(m_chart.data()) : nullptr;
}

QString DensityCellAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    switch (type) {
    case QAccessible::Name:
        return m_chart->cellName(m_cell);
    case QAccessible::Value:
        return m_chart->cellValue(m_cell);
    case QAccessible::Description:
        return m_chart->cellName(m_cell) + QStringLiteral(" : ") + m_chart->cellValue(m_cell);
    default:
        return {};
    }
}

QRect DensityCellAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_chart->cellRect(m_cell);
    return QRect(m_chart->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State DensityCellAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.readOnly = true;
    const DensityGridChart* chart = m_chart.data();
    if (chart != nullptr && chart->currentCell() == m_cell) {
        state.selected = true;
        state.focused = chart->hasFocus();
    }
    return state;
}

} // namespace credit::ui
