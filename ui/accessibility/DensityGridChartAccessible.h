#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace credit::ui {

class DensityGridChart;

// The two-variable density chart as a list whose items are its non-empty cells plus the client's
// cell: each is named after its two ranges (and says when it holds the client), with the number of
// clients as value. Children are created on demand, registered with QAccessible (which needs
// stable ids) and read the chart live, so a new grid never leaves a child describing stale cells.
class DensityGridChartAccessible : public QAccessibleWidget {
public:
    explicit DensityGridChartAccessible(DensityGridChart* chart);
    ~DensityGridChartAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    QString text(QAccessible::Text type) const override;

    DensityGridChart* chart() const;

private:
    mutable QHash<int, QAccessible::Id> m_childIds;
};

// One cell of the grid.
class DensityCellAccessible : public QAccessibleInterface {
public:
    DensityCellAccessible(DensityGridChart* chart, int cell);

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

    int cell() const { return m_cell; }

private:
    QPointer<DensityGridChart> m_chart;
    int m_cell;
};

} // namespace credit::ui
