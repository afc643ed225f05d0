#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace credit::ui {

class ImportanceChart;

// The importance chart as a list whose items are the bars (name = variable, value = mean
// effect), like ContributionChartAccessible: children created on demand with stable ids, and
// reading the chart live.
class ImportanceChartAccessible : public QAccessibleWidget {
public:
    explicit ImportanceChartAccessible(ImportanceChart* chart);
    ~ImportanceChartAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QString text(QAccessible::Text type) const override;

    ImportanceChart* chart() const;

private:
    mutable QHash<int, QAccessible::Id> m_childIds;
};

class ImportanceRowAccessible : public QAccessibleInterface {
public:
    ImportanceRowAccessible(ImportanceChart* chart, int row);

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
    QPointer<ImportanceChart> m_chart;
    int m_row;
};

} // namespace credit::ui
