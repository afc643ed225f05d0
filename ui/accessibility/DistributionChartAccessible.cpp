#include "accessibility/DistributionChartAccessible.h"

#include "widgets/DistributionChart.h"

#include <QWidget>

namespace credit::ui {

DistributionChartAccessible::DistributionChartAccessible(DistributionChart* chart)
    : QAccessibleWidget(chart, QAccessible::List)
{}

DistributionChartAccessible::~DistributionChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_childIds))
        QAccessible::deleteAccessibleInterface(id);
}

DistributionChart* DistributionChartAccessible::chart() const
{
    return static_cast<DistributionChart*>(widget());
}

int DistributionChartAccessible::childCount() const
{
    return chart()->binCount();
}

QAccessibleInterface* DistributionChartAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto known = m_childIds.constFind(index);
    if (known != m_childIds.constEnd())
        return QAccessible::accessibleInterface(*known);
    // Owned by QAccessible's cache once registered; deleted in our destructor.
    auto* row = new DistributionBinAccessible(chart(), index);
    m_childIds.insert(index, QAccessible::registerAccessibleInterface(row));
    return row;
}

int DistributionChartAccessible::indexOfChild(const QAccessibleInterface* childInterface) const
{
    if (!childInterface || childInterface->role() != QAccessible::ListItem)
        return -1;
    const auto* row = static_cast<const DistributionBinAccessible*>(childInterface);
    return row->row() < childCount() ? row->row() : -1;
}

QAccessibleInterface* DistributionChartAccessible::childAt(int x, int y) const
{
    const QPoint local = chart()->mapFromGlobal(QPoint(x, y));
    for (int index = 0; index < childCount(); ++index) {
        if (chart()->binRect(index).contains(local))
            return child(index);
    }
    return nullptr;
}

QAccessibleInterface* DistributionChartAccessible::focusChild() const
{
    if (!chart()->hasFocus() || chart()->currentBin() < 0)
        return nullptr;
    return child(chart()->currentBin());
}

QString DistributionChartAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Name)
        return chart()->accessibleName();
    if (type == QAccessible::Description)
        return chart()->series().finding + QLatin1Char(' ') +
               DistributionChart::tr("Flèches gauche et droite pour parcourir les tranches.");
    return QAccessibleWidget::text(type);
}

DistributionBinAccessible::DistributionBinAccessible(DistributionChart* chart, int row)
    : m_chart(chart), m_row(row)
{}

bool DistributionBinAccessible::isValid() const
{
    const DistributionChart* chart = m_chart.data();
    return chart != nullptr && m_row < chart->binCount();
}

QWindow* DistributionBinAccessible::window() const
{
    return m_chart ? m_chart->window()->windowHandle() : nullptr;
}

QAccessibleInterface* DistributionBinAccessible::parent() const
{
    return m_chart ? QAccessible::queryAccessibleInterface(m_chart.data()) : nullptr;
}

QString DistributionBinAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    switch (type) {
    case QAccessible::Name:
        return m_chart->binName(m_row);
    case QAccessible::Value:
        return m_chart->binValue(m_row);
    case QAccessible::Description:
        return m_chart->binName(m_row) + QStringLiteral(" : ") + m_chart->binValue(m_row);
    default:
        return {};
    }
}

QRect DistributionBinAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_chart->binRect(m_row);
    return QRect(m_chart->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State DistributionBinAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.readOnly = true;
    const DistributionChart* chart = m_chart.data();
    if (chart != nullptr && chart->currentBin() == m_row) {
        state.selected = true;
        state.focused = chart->hasFocus();
    }
    return state;
}

} // namespace credit::ui
