#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace credit::ui {

class DistributionChart;

// The comparison chart as a list whose items are the bins: each child is named after its range
// or level (and says when it holds the client) and carries the clients count and share as value.
// Children are created on demand and registered with QAccessible, which needs stable ids; they read
// the chart live, so a new explanation never leaves a child describing stale data.
class DistributionChartAccessible : public QAccessibleWidget {
public:
    explicit DistributionChartAccessible(DistributionChart* chart);
    ~DistributionChartAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    QString text(QAccessible::Text type) const override;

    DistributionChart* chart() const;

private:
    mutable QHash<int, QAccessible::Id> m_childIds;
};

// One bin of the chart.
class DistributionBinAccessible : public QAccessibleInterface {
public:
    DistributionBinAccessible(DistributionChart* chart, int row);

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

    int row() const { return m_row; }

private:
    QPointer<DistributionChart> m_chart;
    int m_row;
};

} // namespace credit::ui
