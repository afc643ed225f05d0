#pragma once

#include "accessibility/AccessibleItemSource.h"
#include "models/ComparisonBin.h"
#include "theme/Theme.h"

#include <QWidget>

namespace credit::ui {

// A painted histogram (numeric variable) or bar chart (categories) of a group of clients. The
// client's bin is marked by a diamond, a dashed outline and a text label, so the position never
// relies on colour. Split by outcome, each bin shows two bars (share of repaid clients, plain;
// share of clients with difficulties, hatched). Left/Right move a current bin that
// ItemListAccessible reports to screen readers.
class DistributionChart : public QWidget, public AccessibleItemSource {
    Q_OBJECT
public:
    // AccessibleItemSource: the items screen readers list (ItemListAccessible).
    int accessibleItemCount() const override { return binCount(); }
    QString accessibleItemName(int item) const override { return binName(item); }
    QString accessibleItemValue(int item) const override { return binValue(item); }
    QRect accessibleItemRect(int item) const override { return binRect(item); }
    int currentAccessibleItem() const override { return m_currentBin; }
    QString accessibleItemsDescription() const override;

    explicit DistributionChart(QWidget* parent = nullptr);

    void setSeries(ComparisonSeries series);
    const ComparisonSeries& series() const { return m_series; }
    void setSplitByOutcome(bool split);
    bool splitByOutcome() const { return m_split && m_series.hasOutcome; }
    void setTheme(const Theme& theme);

    int currentBin() const { return m_currentBin; }
    void setCurrentBin(int bin);
    int binCount() const { return static_cast<int>(m_series.bins.size()); }
    QString binName(int bin) const;
    QString binValue(int bin) const;
    QRect binRect(int bin) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    QRect plotRect() const;
    void notifyAccessibility();

    ComparisonSeries m_series;
    Theme m_theme = Theme::forId(ThemeId::Default);
    bool m_split = false;
    int m_currentBin = -1;
};

} // namespace credit::ui
