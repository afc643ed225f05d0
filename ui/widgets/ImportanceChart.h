#pragma once

#include "models/ModelCard.h"
#include "theme/Theme.h"
#include "widgets/BarListChart.h"

#include <vector>

namespace credit::ui {

// The model's global importance: one horizontal bar per business variable (mean |SHAP|),
// largest first, the value written at the end of each bar. One-sided (importance has no
// direction), so one colour and no legend are needed. Up/Down/Home/End move a current row
// shown by the focus frame; ItemListAccessible exposes the bars as list items.
class ImportanceChart : public BarListChart {
    Q_OBJECT
public:
    // AccessibleItemSource: the items screen readers list (ItemListAccessible).
    int accessibleItemCount() const override { return static_cast<int>(m_entries.size()); }
    QString accessibleItemName(int item) const override { return rowName(item); }
    QString accessibleItemValue(int item) const override { return rowValue(item); }
    QRect accessibleItemRect(int item) const override { return rowRect(item); }
    QString accessibleItemsDescription() const override;

    explicit ImportanceChart(QWidget* parent = nullptr);

    void setEntries(std::vector<ImportanceEntry> entries, const QString& language);
    const std::vector<ImportanceEntry>& entries() const { return m_entries; }
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
    std::vector<ImportanceEntry> m_entries;
    QString m_language = QStringLiteral("fr");
    Theme m_theme = Theme::forId(ThemeId::Default);
};

} // namespace credit::ui
