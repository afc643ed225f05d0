#include "accessibility/ContributionChartAccessible.h"

#include "widgets/ContributionChart.h"

#include <QWidget>

namespace credit::ui {

ContributionChartAccessible::ContributionChartAccessible(ContributionChart* chart)
    : QAccessibleWidget(chart, QAccessible::List)
{}

ContributionChartAccessible::~ContributionChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_childIds))
        QAccessible::deleteAccessibleInterface(id);
}

ContributionChart* ContributionChartAccessible::chart() const
{
    return static_cast<ContributionChart*>(widget());
}

int ContributionChartAccessible::childCount() const
{
    return static_cast<int>(chart()->rows().size());
}

QAccessibleInterface* ContributionChartAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto known = m_childIds.constFind(index);
    if (known != m_childIds.constEnd())
        return QAccessible::accessibleInterface(*known);
    // Owned by QAccessible's cache once registered; deleted in our destructor.
    auto* row = new ContributionRowAccessible(chart(), index);
    m_childIds.insert(index, QAccessible::registerAccessibleInterface(row));
    return row;
}

int ContributionChartAccessible::indexOfChild(const QAccessibleInterface* childInterface) const
{
    if (!childInterface || childInterface->role() != QAccessible::ListItem)
        return -1;
    const auto* row = static_cast<const ContributionRowAccessible*>(childInterface);
    return row->row() < childCount() ? row->row() : -1;
}

QAccessibleInterface* ContributionChartAccessible::childAt(int x, int y) const
{
    const QPoint local = chart()->mapFromGlobal(QPoint(x, y));
    for (int index = 0; index < childCount(); ++index) {
        if (chart()->rowRect(index).contains(local))
            return child(index);
    }
    return nullptr;
}

QAccessibleInterface* ContributionChartAccessible::focusChild() const
{
    if (!chart()->hasFocus() || chart()->currentRow() < 0)
        return nullptr;
    return child(chart()->currentRow());
}

QString ContributionChartAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Name)
        return chart()->accessibleName();
    if (type == QAccessible::Description)
        return ContributionChart::tr("Barres à droite : augmentent le risque ; à gauche : le "
                                     "diminuent. Flèches haut et bas pour parcourir.");
    return QAccessibleWidget::text(type);
}

ContributionRowAccessible::ContributionRowAccessible(ContributionChart* chart, int row)
    : m_chart(chart), m_row(row)
{}

bool ContributionRowAccessible::isValid() const
{
    const ContributionChart* chart = m_chart.data();
    return chart != nullptr && m_row < static_cast<int>(chart->rows().size());
}

QWindow* ContributionRowAccessible::window() const
{
    return m_chart ? m_chart->window()->windowHandle() : nullptr;
}

QAccessibleInterface* ContributionRowAccessible::parent() const
{
    return m_chart ? QAccessible::queryAccessibleInterface(m_chart.data()) : nullptr;
}

QString ContributionRowAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    switch (type) {
    case QAccessible::Name:
        return m_chart->rowName(m_row);
    case QAccessible::Value:
        return m_chart->rowValue(m_row);
    case QAccessible::Description:
        return m_chart->rowName(m_row) + QStringLiteral(" : ") + m_chart->rowValue(m_row);
    default:
        return {};
    }
}

QRect ContributionRowAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_chart->rowRect(m_row);
    return QRect(m_chart->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State ContributionRowAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.readOnly = true;
    const ContributionChart* chart = m_chart.data();
    if (chart != nullptr && chart->currentRow() == m_row) {
        state.selected = true;
        state.focused = chart->hasFocus();
    }
    return state;
}

} // namespace credit::ui
