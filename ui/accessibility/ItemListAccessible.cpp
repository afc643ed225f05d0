#include "accessibility/ItemListAccessible.h"

#include <QWidget>
#include <QWindow>

namespace credit::ui {

ItemListAccessible::ItemListAccessible(QWidget* widget, const AccessibleItemSource* source)
    : QAccessibleWidget(widget, QAccessible::List), m_source(source)
{}

ItemListAccessible::~ItemListAccessible()
{
    for (QAccessible::Id id : std::as_const(m_childIds))
        QAccessible::deleteAccessibleInterface(id);
}

int ItemListAccessible::childCount() const
{
    return m_source->accessibleItemCount();
}

QAccessibleInterface* ItemListAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto known = m_childIds.constFind(index);
    if (known != m_childIds.constEnd())
        return QAccessible::accessibleInterface(*known);
    // Owned by QAccessible's cache once registered; deleted in our destructor.
    auto* item = new ListItemAccessible(widget(), m_source, index);
    m_childIds.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int ItemListAccessible::indexOfChild(const QAccessibleInterface* childInterface) const
{
    if (!childInterface || childInterface->role() != QAccessible::ListItem ||
        childInterface->parent() != this)
        return -1;
    const auto* item = static_cast<const ListItemAccessible*>(childInterface);
    return item->item() < childCount() ? item->item() : -1;
}

QAccessibleInterface* ItemListAccessible::childAt(int x, int y) const
{
    const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
    for (int index = 0; index < childCount(); ++index)
        if (m_source->accessibleItemRect(index).contains(local))
            return child(index);
    return nullptr;
}

QAccessibleInterface* ItemListAccessible::focusChild() const
{
    if (!widget()->hasFocus() || m_source->currentAccessibleItem() < 0)
        return nullptr;
    return child(m_source->currentAccessibleItem());
}

QString ItemListAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Name)
        return widget()->accessibleName();
    if (type == QAccessible::Description)
        return m_source->accessibleItemsDescription();
    return QAccessibleWidget::text(type);
}

ListItemAccessible::ListItemAccessible(QWidget* widget, const AccessibleItemSource* source,
                                       int item)
    : m_widget(widget), m_source(source), m_item(item)
{}

bool ListItemAccessible::isValid() const
{
    return m_widget && m_item < m_source->accessibleItemCount();
}

QWindow* ListItemAccessible::window() const
{
    return m_widget ? m_widget->window()->windowHandle() : nullptr;
}

QAccessibleInterface* ListItemAccessible::parent() const
{
    return m_widget ? QAccessible::queryAccessibleInterface(m_widget.data()) : nullptr;
}

QString ListItemAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    switch (type) {
    case QAccessible::Name:
        return m_source->accessibleItemName(m_item);
    case QAccessible::Value:
        return m_source->accessibleItemValue(m_item);
    case QAccessible::Description:
        return m_source->accessibleItemName(m_item) + QStringLiteral(" : ") +
               m_source->accessibleItemValue(m_item);
    default:
        return {};
    }
}

QRect ListItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_source->accessibleItemRect(m_item);
    return QRect(m_widget->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State ListItemAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.readOnly = true;
    if (m_source->currentAccessibleItem() == m_item) {
        state.selected = true;
        state.focused = m_widget->hasFocus();
    }
    return state;
}

} // namespace credit::ui
