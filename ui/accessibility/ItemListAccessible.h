#pragma once

#include "accessibility/AccessibleItemSource.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace credit::ui {

// A chart as a list whose items are its bars, bins or cells: each child is named after the item
// with its figure as value. Children are created on demand and registered with QAccessible, which
// needs stable ids; they read the chart live, so new data never leaves a child describing stale
// items. `widget` must also be the `source`.
class ItemListAccessible : public QAccessibleWidget {
public:
    ItemListAccessible(QWidget* widget, const AccessibleItemSource* source);
    ~ItemListAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    QString text(QAccessible::Text type) const override;

private:
    const AccessibleItemSource* m_source;
    mutable QHash<int, QAccessible::Id> m_childIds;
};

// One item of the list.
class ListItemAccessible : public QAccessibleInterface {
public:
    ListItemAccessible(QWidget* widget, const AccessibleItemSource* source, int item);

    bool isValid() const override;
    QObject* object() const override { return nullptr; }
    QWindow* window() const override;
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

    int item() const { return m_item; }

private:
    QPointer<QWidget> m_widget; // guards m_source, which is the same object
    const AccessibleItemSource* m_source;
    int m_item;
};

} // namespace credit::ui
