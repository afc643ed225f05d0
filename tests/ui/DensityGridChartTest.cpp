// The two-variable density chart: its cells as accessible children (items 4) and a 300,000-point
// synthetic portfolio binned by core's Population::scatter and drawn by the real widget (item 5).
#include "widgets/DensityGridChart.h"

#include "accessibility/AccessibleFactory.h"
#include "data/Table.h"
#include "population/Population.h"
#include "theme/Theme.h"
#include "widgets/ComparisonView.h"

#include <QAccessible>
#include <QDir>
#include <QImage>
#include <QTabWidget>
#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using credit::ui::ComparisonView;
using credit::ui::DensityGridChart;

namespace {

// A hand-made grid whose texts are known: two age bands by two income bands.
DensityGridChart::Grid smallGrid()
{
    DensityGridChart::Grid grid;
    grid.xEdges = {30.0, 35.0, 40.0};
    grid.yEdges = {100000.0, 150000.0, 200000.0};
    grid.counts = {412.0, 0.0, 0.0, 5.0}; // row-major, bottom row first
    grid.points = 417;
    grid.xLabel = QStringLiteral("Âge");
    grid.xUnit = QStringLiteral("ans");
    grid.yLabel = QStringLiteral("Revenu");
    grid.yUnit = QStringLiteral("€");
    grid.binning = QStringLiteral("Grille de 2 × 2 cases ; 417 clients avec les deux valeurs.");
    grid.hasClient = true;
    grid.clientX = 32.0;
    grid.clientY = 120000.0;
    return grid;
}

// 300,000 generated applicants (not real rows): age and income drawn from a fixed seed, income
// growing with age, a few extreme incomes as in real portfolios.
credit::data::Table syntheticPortfolio(std::size_t rows)
{
    using credit::data::ColumnKind;
    credit::data::Table table("application_train");
    auto& birth = table.addColumn("DAYS_BIRTH", ColumnKind::Days);
    auto& income = table.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real);
    birth.reserve(rows);
    income.reserve(rows);
    std::mt19937_64 random(20261122);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (std::size_t row = 0; row < rows; ++row) {
        const double age = std::clamp(43.0 + 12.0 * normal(random), 21.0, 69.0);
        birth.appendNumber(-std::round(age * 365.25));
        double yearly = std::exp(std::log(120000.0) + 0.008 * (age - 43.0) + 0.45 * normal(random));
        if (row % 1000 == 0)
            yearly *= 20.0; // the long tail the 1st-99th percentile axis must not be squeezed by
        income.appendNumber(std::round(yearly));
    }
    return table;
}

credit::data::Table syntheticClient()
{
    using credit::data::ColumnKind;
    credit::data::Table table("application");
    table.addColumn("DAYS_BIRTH", ColumnKind::Days).appendNumber(-std::round(45.0 * 365.25));
    table.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real).appendNumber(180000.0);
    return table;
}

int pixelsOfColour(const QImage& image, const QRect& area, const QColor& colour)
{
    int found = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++found;
    return found;
}

} // namespace

class DensityGridChartTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { credit::ui::installAccessibleFactory(); }

    void cellsAreAccessibleChildrenWithRangesAndCounts()
    {
        DensityGridChart chart;
        chart.setLocale(QLocale(QLocale::French, QLocale::France));
        chart.resize(640, 420);
        chart.setGrid(smallGrid());
        chart.show();
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(&chart);
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->childCount(), 2); // the two non-empty cells; the empty ones are skipped
        QVERIFY(list->text(QAccessible::Description).contains(QStringLiteral("2 × 2")));

        QAccessibleInterface* client = list->child(0);
        QVERIFY(client);
        QCOMPARE(client->role(), QAccessible::ListItem);
        QCOMPARE(client->text(QAccessible::Name),
                 QStringLiteral("Âge 30–35 ans, Revenu 100 k–150 k € (case du client)"));
        QCOMPARE(client->text(QAccessible::Value),
                 QStringLiteral("412 clients, 98,8 % des clients affichés"));
        QCOMPARE(list->indexOfChild(client), 0);
        QCOMPARE(chart.clientCell(), 0);
        QAccessibleInterface* other = list->child(1);
        QCOMPARE(other->text(QAccessible::Name),
                 QStringLiteral("Âge 35–40 ans, Revenu 150 k–200 k €"));
        QCOMPARE(other->text(QAccessible::Value),
                 QStringLiteral("5 clients, 1,2 % des clients affichés"));
        QVERIFY(!list->child(2));
        // Each child sits on its cell on screen.
        QVERIFY(client->rect().isValid());
        QCOMPARE(list->childAt(client->rect().center().x(), client->rect().center().y()), client);

        // Keyboard: the client's cell is current first; Right walks to the next listed cell.
        chart.setFocus();
        QCOMPARE(chart.currentCell(), 0);
        QTest::keyClick(&chart, Qt::Key_Right);
        QCOMPARE(chart.currentCell(), 1);
        QVERIFY(other->state().selected);
        QTest::keyClick(&chart, Qt::Key_Home);
        QCOMPARE(chart.currentCell(), 0);

        // An empty client cell is still listed, so the client can always be found.
        auto grid = smallGrid();
        grid.clientX = 38.0;
        grid.clientY = 110000.0; // bottom-right cell, empty
        chart.setGrid(grid);
        QCOMPARE(list->childCount(), 3);
        QCOMPARE(chart.clientCell(), 1);
        QVERIFY(
            list->child(1)->text(QAccessible::Name).endsWith(QStringLiteral("(case du client)")));
        QVERIFY(list->child(1)->text(QAccessible::Value).startsWith(QStringLiteral("0 clients")));
    }

    void comparisonViewDensityCellsAddUpToTheGroup()
    {
        const auto table = syntheticPortfolio(5000);
        const credit::population::Population population(table);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(syntheticClient());
        DensityGridChart* chart = view.densityChart();
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(chart);
        QVERIFY(list);
        double clients = 0.0;
        for (int index = 0; index < list->childCount(); ++index)
            clients += chart->cellClients(index);
        QCOMPARE(clients, 5000.0);
        QVERIFY(chart->clientCell() >= 0);
        QVERIFY(list->child(chart->clientCell())
                    ->text(QAccessible::Name)
                    .contains(QStringLiteral("case du client")));
        QVERIFY(list->child(chart->clientCell())
                    ->text(QAccessible::Name)
                    .contains(QStringLiteral(" ans, ")));
    }

    // 300,000 synthetic points through core's binning and the real chart: the binning is stated
    // on the chart, every point is in a cell, and the client is still drawn on top of the
    // densest shading.
    void threeHundredThousandPointsStayReadable()
    {
        constexpr std::size_t kPoints = 300000;
        const auto table = syntheticPortfolio(kPoints);
        const credit::population::Population population(table);
        ComparisonView view;
        view.setPopulation(&population);
        view.setClient(syntheticClient());
        DensityGridChart* chart = view.densityChart();
        const auto& grid = chart->grid();
        QCOMPARE(grid.points, kPoints);
        QCOMPARE(std::accumulate(grid.counts.begin(), grid.counts.end(), 0.0),
                 static_cast<double>(kPoints));
        const QString count = QLocale(QLocale::French).toString(qulonglong(kPoints));
        QVERIFY2(grid.binning.contains(count), qPrintable(grid.binning));
        QVERIFY(grid.binning.contains(QStringLiteral("40 × 40")));
        // One applicant in a thousand has an extreme income: the axes stop at the 99th
        // percentile and the chart says where those clients went.
        QVERIFY2(
            grid.binning.contains(QStringLiteral("au-delà sont comptés dans les cases du bord")),
            qPrintable(grid.binning));
        QVERIFY(chart->accessibleDescription() == grid.binning);
        QVERIFY(grid.hasClient);
        QVERIFY(chart->clientCell() >= 0);

        // The chart as the advisor sees it: the view on screen, on its "Deux variables" tab.
        auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("comparisonViews"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(chart->parentWidget());
        view.resize(1000, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = chart->grab().toImage();
        QVERIFY(image.width() >= 480 && image.height() >= 300);
        if (const QString folder = qEnvironmentVariable("CREDIT_TEST_SCREENSHOT_DIR");
            !folder.isEmpty())
            QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("density-300000.png"))));
        const auto theme = credit::ui::Theme::forId(credit::ui::ThemeId::Default);
        const QRect around = chart->cellRect(chart->clientCell()).adjusted(-16, -16, 16, 16);
        QVERIFY2(pixelsOfColour(image, around, theme.clientMarker) > 40,
                 "the client marker is not drawn around the client's cell");
    }
};

QTEST_MAIN(DensityGridChartTest)
#include "DensityGridChartTest.moc"
