#include "accessibility/ImportanceChartAccessible.h"

#include "widgets/ImportanceChart.h"

namespace credit::ui {

ImportanceChartAccessible::ImportanceChartAccessible(ImportanceChart* chart)
    : QAccessibleWidget(chart, QAccessible::List)
{}

ImportanceChartAccessible::~ImportanceChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_childIds))
        QAccessible::deleteAccessibleInterface(id);
}

ImportanceChart* ImportanceChartAccessible::chart() const
{
    return static_cast<ImportanceChart*>(widget());
}

int ImportanceChartAccessible::childCount() const
{
    return static_cast<int>(chart()->entries().size());
}

QAccessibleInterface* ImportanceChartAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto known = m_childIds.constFind(index);
    if (known != m_childIds.constEnd())
        return QAccessible::accessibleInterface(*known);
    // Owned by QAccessible's cache once registered; deleted in our destructor.
    auto* row = new ImportanceRowAccessible(chart(), index);
    m_childIds.insert(index, QAccessible::registerAccessibleInterface(row));
    return row;
}

int ImportanceChartAccessible::indexOfChild(const QAccessibleInterface* childInterface) const
{
    if (!childInterface || childInterface->role() != QAccessible::ListItem)
        return -1;
    const auto* row = static_cast<const ImportanceRowAccessible*>(childInterface);
    return row->row() < childCount() ? row->row() : -1;
}

QAccessibleInterface* ImportanceChartAccessible::focusChild() const
{
    if (!chart()->hasFocus() || chart()->currentRow() < 0)
        return nullptr;
    return child(chart()->currentRow());
}

QString ImportanceChartAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Name)
        return chart()->accessibleName();
    if (type == QAccessible::Description)
        return ImportanceChart::tr("Effet moyen de chaque variable sur le score, de la plus "
                                   "importante à la moins importante. Flèches haut et bas pour "
                                   "parcourir.");
    return QAccessibleWidget::text(type);
}

ImportanceRowAccessible::ImportanceRowAccessible(ImportanceChart* chart, int row)
    : m_chart(chart), m_row(row)
{}

bool ImportanceRowAccessible::isValid() const
{
    const ImportanceChart* chart = m_chart.data();
    return chart != nullptr && m_row < static_cast<int>(chart->entries().size());
}

QWindow* ImportanceRowAccessible::window() const
{
    return m_chart ? m_chart->window()->windowHandle() : nullptr;
}

QAccessibleInterface* ImportanceRowAccessible::parent() const
{
    return m_chart ? QAccessible::queryAccessibleInterface(m_chart.data()) : nullptr;
}

QString ImportanceRowAccessible::text(QAccessible::Text type) const
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

QRect ImportanceRowAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_chart->rowRect(m_row);
    return QRect(m_chart->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State ImportanceRowAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.readOnly = true;
    const ImportanceChart* chart = m_chart.data();
    if (chart != nullptr && chart->currentRow() == m_row) {
        state.selected = true;
        state.focused = chart->hasFocus();
    }
    return state;
}

} // namespace credit::ui
