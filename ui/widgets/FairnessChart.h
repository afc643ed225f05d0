#pragma once

#include "models/FairnessSummary.h"
#include "theme/Theme.h"
#include "widgets/BarListChart.h"

#include <vector>

namespace credit::ui {

// Approval rate by group (gender, age band, family status, children): one horizontal bar per
// group on a 0-100 % scale, its 95 % bootstrap interval as a whisker, the rate written at the
// end. A group whose approval-rate ratio is below the screening flag is hatched and marked "⚠"
// (never colour alone); a group core could not measure says "non calculable". Up/Down/Home/End
// move the current row; ItemListAccessible exposes the groups as list items, and the page shows
// FairnessTableModel beside it as the data-table twin.
class FairnessChart : public BarListChart {
    Q_OBJECT
public:
    int accessibleItemCount() const override { return static_cast<int>(m_rows.size()); }
    QString accessibleItemName(int item) const override { return rowName(item); }
    QString accessibleItemValue(int item) const override { return rowValue(item); }
    QRect accessibleItemRect(int item) const override { return rowRect(item); }
    QString accessibleItemsDescription() const override;

    explicit FairnessChart(QWidget* parent = nullptr);

    void setSummary(const FairnessSummary& summary, const QString& language);
    void clear();
    void setLanguage(const QString& language);
    void setTheme(const Theme& theme);

    QString rowName(int row) const;
    QString rowValue(int row) const;
    QRect rowRect(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<FairnessGroupRow> m_rows;
    QString m_language = QStringLiteral("fr");
    Theme m_theme = Theme::forId(ThemeId::Default);
};

} // namespace credit::ui
