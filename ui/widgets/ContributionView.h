#pragma once

#include "explain/Explanation.h"
#include "theme/Theme.h"

#include <QWidget>

#include <optional>

class QTabWidget;
class QTableView;

namespace credit::ui {

class ContributionChart;
class ContributionTableModel;

// The contribution chart and its data-table twin as two tabs ("Graphique" / "Tableau") fed with
// the same rows, so a keyboard or screen-reader user can read every value in a real table.
class ContributionView : public QWidget {
    Q_OBJECT
public:
    explicit ContributionView(QWidget* parent = nullptr);

    void setExplanation(const explain::Explanation& explanation);
    void clear();
    void setLanguage(const QString& language);
    void setTheme(const Theme& theme);
    void retranslate();

    ContributionChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QTabWidget* m_tabs = nullptr;
    ContributionChart* m_chart = nullptr;
    QTableView* m_table = nullptr;
    ContributionTableModel* m_model = nullptr;
    std::optional<explain::Explanation> m_explanation;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
