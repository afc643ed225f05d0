#include "widgets/ContributionView.h"

#include "models/ContributionRow.h"
#include "models/ContributionTableModel.h"
#include "models/DisplayFormat.h"
#include "widgets/ContributionChart.h"

#include <QEvent>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

ContributionView::ContributionView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("contributionTabs"));
    m_chart = new ContributionChart(m_tabs);
    m_chart->setObjectName(QStringLiteral("contributionChart"));
    m_model = new ContributionTableModel(this);
    m_table = new QTableView(m_tabs);
    m_table->setObjectName(QStringLiteral("contributionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_chart, QString());
    m_tabs->addTab(m_table, QString());
    layout->addWidget(m_tabs);
    retranslate();
}

void ContributionView::setExplanation(const explain::Explanation& explanation)
{
    m_explanation = explanation;
    refresh();
}

void ContributionView::clear()
{
    m_explanation.reset();
    refresh();
}

void ContributionView::setLanguage(const QString& language)
{
    m_language = language;
    refresh();
    retranslate();
}

void ContributionView::setTheme(const Theme& theme)
{
    m_chart->setTheme(theme);
}

void ContributionView::retranslate()
{
    m_tabs->setTabText(0, tr("&Graphique"));
    m_tabs->setTabText(1, tr("&Tableau"));
    m_tabs->setAccessibleName(tr("Contributions au score"));
    m_table->setAccessibleName(tr("Tableau des contributions au score"));
    m_chart->setAccessibleName(tr("Graphique des contributions au score"));
}

void ContributionView::refresh()
{
    std::vector<ContributionRow> rows;
    if (m_explanation)
        rows = contributionRows(*m_explanation, m_language);
    m_model->setRows(rows, m_language);
    m_chart->setRows(std::move(rows), m_language);
    retranslate();
}

void ContributionView::changeEvent(QEvent* event)
{
    // The catalogue changed: tr() texts and core's bilingual texts follow it together.
    if (event->type() == QEvent::LanguageChange)
        setLanguage(interfaceLanguage());
    QWidget::changeEvent(event);
}

} // namespace credit::ui
