#include "widgets/ComparisonView.h"

#include "SamplePortfolioTable.h"
#include "accessibility/AccessibleFactory.h"
#include "data/Table.h"
#include "models/ComparisonTableModel.h"
#include "population/Population.h"
#include "population/ReferenceStatistics.h"
#include "population/SuppressedAggregates.h"
#include "widgets/DensityGridChart.h"
#include "widgets/DistributionChart.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using credit::ui::ComparisonView;

using credit::ui::testing::client;
using credit::ui::testing::portfolio;

class ComparisonViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { credit::ui::installAccessibleFactory(); }

    void filterChangesGroupAndChartData()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(client());
        view.selectVariable(QStringLiteral("AMT_INCOME_TOTAL"));
        QCOMPARE(view.groupSize(), std::size_t{400});
        const auto before = view.chart()->series();
        QVERIFY(view.finding().contains(QStringLiteral("centile de l'ensemble des clients")));

        QVERIFY(view.setFilter(ComparisonView::Filter::Gender, QStringLiteral("M")));
        QCOMPARE(view.groupSize(), std::size_t{200});
        const auto after = view.chart()->series();
        QCOMPARE(after.total(), 200.0);
        QVERIFY(after.bins.size() == before.bins.size()); // same axis, new counts
        bool changed = false;
        for (std::size_t bin = 0; bin < after.bins.size(); ++bin)
            changed = changed || after.bins[bin].clients != before.bins[bin].clients;
        QVERIFY(changed);
        // The client earns more than every man: 100th percentile of the similar group.
        QVERIFY2(view.finding().contains(QStringLiteral("100e centile des clients similaires")),
                 qPrintable(view.finding()));
        QCOMPARE(view.tableModel()->rowCount(), static_cast<int>(after.bins.size()));
        QVERIFY(view.groupLabel()->text().contains(QStringLiteral("200")));
    }

    void behindAnotherTabTheViewComputesOnlyWhenShownOrRead()
    {
        // In the window, the comparison sits behind the Explanation tab: a new client must cost
        // nothing there until the advisor opens it (issue 24), and be right when they do.
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        QTabWidget tabs;
        auto* front = new QLabel(QStringLiteral("Explication"));
        auto* view = new ComparisonView;
        tabs.addTab(front, QStringLiteral("Explication"));
        tabs.addTab(view, QStringLiteral("Comparer"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        view->setPopulation(&population);
        view->setClient(client());
        view->selectVariable(QStringLiteral("AMT_INCOME_TOTAL"));
        QVERIFY(!view->isVisible());
        QVERIFY2(!view->groupLabel()->text().contains(QStringLiteral("400")),
                 qPrintable(view->groupLabel()->text()));
        tabs.setCurrentWidget(view);
        QVERIFY2(view->groupLabel()->text().contains(QStringLiteral("400")),
                 qPrintable(view->groupLabel()->text()));
        QVERIFY(view->finding().contains(QStringLiteral("centile de l'ensemble des clients")));

        // Hidden again, a filter changes; reading the view brings it up to date.
        tabs.setCurrentWidget(front);
        QVERIFY(view->setFilter(ComparisonView::Filter::Gender, QStringLiteral("M")));
        QVERIFY(!view->groupLabel()->text().contains(QStringLiteral("200")));
        QCOMPARE(view->groupSize(), std::size_t{200});
        QVERIFY(view->groupLabel()->text().contains(QStringLiteral("200")));
    }

    void percentileStatedInWords()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(client());
        view.selectVariable(QStringLiteral("AMT_INCOME_TOTAL"));
        const double percentile =
            population.percentile(*credit::population::findComparisonVariable("AMT_INCOME_TOTAL"),
                                  180000, population.select({}));
        QVERIFY(
            view.finding().startsWith(QStringLiteral("Revenu annuel : le client est au %1e centile")
                                          .arg(std::lround(percentile))));
        QVERIFY(view.chart()->series().clientBin >= 0);
        QVERIFY(view.chart()->series().clientLabel.contains(QStringLiteral("Client")));
    }

    void combinedFiltersAndEmptyGroupExplained()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(client());
        QVERIFY(view.setFilter(ComparisonView::Filter::Gender, QStringLiteral("F")));
        const auto women = view.groupSize();
        QVERIFY(
            view.setFilter(ComparisonView::Filter::Education, QStringLiteral("Higher education")));
        QVERIFY(view.groupSize() < women);
        QVERIFY(view.groupSize() > 0);
        // Men are all under 37: a man of 60-80 does not exist.
        QVERIFY(view.setFilter(ComparisonView::Filter::Gender, QStringLiteral("M")));
        QVERIFY(view.setFilter(ComparisonView::Filter::AgeBand, QStringLiteral("60-80")));
        QCOMPARE(view.groupSize(), std::size_t{0});
        QVERIFY(view.finding().contains(QStringLiteral("Aucun client ne correspond")));
        view.clearFilters();
        QCOMPARE(view.groupSize(), std::size_t{400});
    }

    void similarClientsUseTheClientsValues()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(client());
        view.filterLikeClient();
        QCOMPARE(view.filterBox(ComparisonView::Filter::Gender)->currentData().toString(),
                 QStringLiteral("F"));
        QCOMPARE(view.filterBox(ComparisonView::Filter::AgeBand)->currentData().toString(),
                 QStringLiteral("40-50"));
        QVERIFY(view.groupSize() > 0 && view.groupSize() < 400);
    }

    void categoricalVariableAndOutcomeSplit()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(client());
        view.selectVariable(QStringLiteral("NAME_EDUCATION_TYPE"));
        const auto& series = view.chart()->series();
        QCOMPARE(static_cast<int>(series.bins.size()), 2);
        QVERIFY(series.hasOutcome);
        // Levels read in the advisor's language, with the facts panel's words.
        QCOMPARE(series.bins[static_cast<std::size_t>(series.clientBin)].label,
                 QStringLiteral("Supérieur"));
        QVERIFY(view.finding().contains(QStringLiteral("même valeur que le client (Supérieur)")));
        QVERIFY(view.filterBox(ComparisonView::Filter::Education)
                    ->findText(QStringLiteral("Supérieur")) > 0);
        QCOMPARE(view.filterBox(ComparisonView::Filter::Education)
                     ->itemData(view.filterBox(ComparisonView::Filter::Education)
                                    ->findText(QStringLiteral("Supérieur")))
                     .toString(),
                 QStringLiteral("Higher education"));
        view.setSplitByOutcome(true);
        QVERIFY(view.chart()->splitByOutcome());
    }

    void accessibleBinsAndDescription()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(client());
        view.selectVariable(QStringLiteral("AMT_INCOME_TOTAL"));
        view.show();
        QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(view.chart());
        QVERIFY(chart);
        QCOMPARE(chart->childCount(), view.chart()->binCount());
        QVERIFY(chart->text(QAccessible::Description).contains(view.finding()));
        const int clientBin = view.chart()->series().clientBin;
        QAccessibleInterface* bin = chart->child(clientBin);
        QVERIFY(bin);
        QVERIFY(bin->text(QAccessible::Name).contains(QStringLiteral("tranche du client")));
        QVERIFY(bin->text(QAccessible::Value).contains(QStringLiteral("clients")));
        QCOMPARE(chart->indexOfChild(bin), clientBin);
        // Keyboard: the bins are walked with the arrow keys.
        view.chart()->setFocus();
        view.chart()->setCurrentBin(0);
        QTest::keyClick(view.chart(), Qt::Key_Right);
        QCOMPARE(view.chart()->currentBin(), 1);
    }

    void referenceStatisticsWithoutRows()
    {
        const auto table = portfolio();
        const auto reference = credit::population::ReferenceStatistics::build(table, nullptr, 20);
        ComparisonView view;
        view.setReference(&reference);
        view.setClient(client());
        view.selectVariable(QStringLiteral("AMT_INCOME_TOTAL"));
        QCOMPARE(view.groupSize(), std::size_t{400});
        QVERIFY(!view.filterBox(ComparisonView::Filter::Gender)->isEnabled());
        QVERIFY(
            view.groupLabel()->text().contains(QStringLiteral("filtres ne sont pas disponibles")));
        QVERIFY(view.finding().contains(QStringLiteral("centile des clients de référence")));
    }

    void densityGridStatesBinning()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(client());
        const auto& grid = view.densityChart()->grid();
        QCOMPARE(grid.points, std::size_t{400});
        QVERIFY(grid.binning.contains(QStringLiteral("40 × 40")));
        QVERIFY(grid.hasClient);
    }

    void tableModelPassesTester()
    {
        const auto table = portfolio();
        const credit::population::Population population(table, 20);
        ComparisonView view;
        QAbstractItemModelTester tester(view.tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setPopulation(&population);
        view.setClient(client());
        view.selectVariable(QStringLiteral("NAME_EDUCATION_TYPE"));
        QCOMPARE(view.tableModel()->rowCount(), 2);
        const auto clientRow = view.chart()->series().clientBin;
        QVERIFY(view.tableModel()
                    ->index(clientRow, 5)
                    .data()
                    .toString()
                    .contains(QStringLiteral("client")));
        // The other rows' "Client" cell is blank on screen but never nameless for a screen
        // reader (QAccessibleTableCell reads AccessibleTextRole first).
        const QModelIndex other = view.tableModel()->index(clientRow == 0 ? 1 : 0, 5);
        QVERIFY(other.data().toString().isEmpty());
        QCOMPARE(other.data(Qt::AccessibleTextRole).toString(), QStringLiteral("pas le client"));
    }

    void serverAnswersShowHiddenCountsAndOnlyTheLatestRequest()
    {
        // Server mode, without a server: the view asks, the test answers as the presenter would.
        ComparisonView view;
        QSignalSpy wanted(&view, &ComparisonView::distributionWanted);
        view.setServerAggregates(true);
        view.setClient(client());
        view.setFilterLevels(ComparisonView::Filter::Housing,
                             {"House / apartment", "With parents", "Co-op apartment"});
        QVERIFY(view.filterBox(ComparisonView::Filter::Housing)->isEnabled());
        QCOMPARE(view.filterBox(ComparisonView::Filter::Housing)->count(), 4);
        view.selectVariable(QStringLiteral("NAME_EDUCATION_TYPE"));
        QVERIFY(view.setFilter(ComparisonView::Filter::Housing, QStringLiteral("With parents")));
        QVERIFY(wanted.size() >= 2);
        const auto older = wanted.at(wanted.size() - 2).at(0).value<quint64>();
        const auto latest = wanted.last().at(0).value<quint64>();
        QCOMPARE(wanted.last().at(1).toString(), QStringLiteral("NAME_EDUCATION_TYPE"));

        credit::population::SuppressedDistribution answer;
        answer.minCellCount = 5;
        answer.distribution.variable = "NAME_EDUCATION_TYPE";
        answer.distribution.categorical = true;
        answer.distribution.levels = {"Higher education", "Secondary / secondary special",
                                      "Academic degree"};
        answer.distribution.all = {40, 0, 0};
        answer.allSuppressed = {false, false, true};
        answer.distribution.clients = 43;
        answer.distribution.missing = 0;
        view.showDistribution(latest, answer);
        auto* chart = view.chart();
        QCOMPARE(chart->binCount(), 3);
        QVERIFY(chart->binValue(2).startsWith(QStringLiteral("moins de 5 clients")));
        QCOMPARE(chart->binValue(1), QStringLiteral("0 clients, 0,0 % du groupe"));
        // Shares are of the group's 43 clients, not of the 40 shown.
        QVERIFY2(chart->binValue(0).contains(QStringLiteral("93,0 %")),
                 qPrintable(chart->binValue(0)));
        auto* table = view.tableModel();
        QAbstractItemModelTester tester(table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->index(2, 1).data().toString(), QStringLiteral("< 5"));
        QCOMPARE(table->index(1, 1).data().toString(), QStringLiteral("0"));
        QVERIFY(table->index(2, 1)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("moins de 5 clients")));
        QVERIFY(view.groupLabel()->text().contains(QStringLiteral("43")));

        // An answer to a question the advisor has moved on from changes nothing.
        credit::population::SuppressedDistribution stale = answer;
        stale.distribution.all = {1, 2, 3};
        stale.allSuppressed = {false, false, false};
        view.showDistribution(older, stale);
        QVERIFY(chart->binValue(2).startsWith(QStringLiteral("moins de 5 clients")));

        // A group below the minimum: no bins, the reason in words.
        credit::population::SuppressedDistribution tiny;
        tiny.minCellCount = 5;
        tiny.groupSuppressed = true;
        tiny.clientsSuppressed = true;
        tiny.distribution = answer.distribution;
        tiny.distribution.all.clear();
        QVERIFY(view.setFilter(ComparisonView::Filter::Housing, QStringLiteral("Co-op apartment")));
        view.showDistribution(wanted.last().at(0).value<quint64>(), tiny);
        QVERIFY2(view.finding().startsWith(QStringLiteral("Moins de 5 clients correspondent")),
                 qPrintable(view.finding()));
        QVERIFY(view.groupLabel()->text().contains(QStringLiteral("moins de 5 clients")));

        // Back to local mode: the server's levels and answers are gone.
        view.setServerAggregates(false);
        QVERIFY(!view.filterBox(ComparisonView::Filter::Housing)->isEnabled());
    }
};

QTEST_MAIN(ComparisonViewTest)
#include "ComparisonViewTest.moc"
