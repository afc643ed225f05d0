#pragma once

#include "models/ContributionRow.h"
#include "theme/Theme.h"
#include "widgets/BarListChart.h"

#include <vector>

namespace credit::ui {

// Signed horizontal bars, largest effect first: what raises the risk extends right of the zero
// line, hatched, in the adverse colour, with a "+" value; what lowers it extends left, plain, in
// the favourable colour, with a "−" value. Side, sign, pattern and colour all say the same thing.
// Up/Down move a current row (shown by the focus frame) that ItemListAccessible reports.
class ContributionChart : public BarListChart {
    Q_OBJECT
public:
    // AccessibleItemSource: the items screen readers list (ItemListAccessible).
    int accessibleItemCount() const override { return static_cast<int>(m_rows.size()); }
    QString accessibleItemName(int item) const override { return rowName(item); }
    QString accessibleItemValue(int item) const override { return rowValue(item); }
    QRect accessibleItemRect(int item) const override { return rowRect(item); }
    QString accessibleItemsDescription() const override;

    explicit ContributionChart(QWidget* parent = nullptr);

    void setRows(std::vector<ContributionRow> rows, const QString& language);
    const std::vector<ContributionRow>& rows() const { return m_rows; }
    void setTheme(const Theme& theme);

    // What a screen reader says for one bar: name ("Score externe n°3 (0,21)") and value
    // ("+4,2 pts, augmente le risque").
    QString rowName(int row) const;
    QString rowValue(int row) const;
    // Bar row rectangle in widget coordinates (label + bar + value).
    QRect rowRect(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int headerHeight() const;

    std::vector<ContributionRow> m_rows;
    QString m_language = QStringLiteral("fr");
    Theme m_theme = Theme::forId(ThemeId::Default);
};

} // namespace credit::ui
