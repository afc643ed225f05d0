#include "widgets/ContributionChart.h"

#include "SampleData.h"
#include "models/ContributionRow.h"
#include "widgets/ContributionView.h"

#include <QAccessible>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace credit::ui;

class ContributionChartTest : public QObject {
    Q_OBJECT
private slots:
    void accessibleChildrenMatchTheRows();
    void accessibleChildrenFollowNewData();
    void keyboardMovesTheCurrentRowAndAccessibleFocus();
    void tableTwinHoldsTheSameRowsAndIsReachableByKeyboard();
};

void ContributionChartTest::accessibleChildrenMatchTheRows()
{
    ContributionChart chart;
    const auto rows = contributionRows(testing::refusedExplanation(), QStringLiteral("fr"));
    chart.setRows(rows, QStringLiteral("fr"));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&chart);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::List);
    QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
    QCOMPARE(accessible->childCount(), int(rows.size()));
    const QStringList expectedNames = {
        QStringLiteral("Score externe n°3 (0,21)"), QStringLiteral("Score externe n°2 (0,71)"),
        QStringLiteral("Âge (27 ans)"), QStringLiteral("Crédits actifs ailleurs (4)"),
        QStringLiteral("Prix du bien (450 000)")};
    const QStringList expectedValues = {QStringLiteral("+6,2\u00A0pts, augmente le risque"),
                                        QStringLiteral("\u22123,1\u00A0pts, diminue le risque"),
                                        QStringLiteral("+1,8\u00A0pts, augmente le risque"),
                                        QStringLiteral("+1,2\u00A0pts, augmente le risque"),
                                        QStringLiteral("\u22120,7\u00A0pts, diminue le risque")};
    for (int i = 0; i < accessible->childCount(); ++i) {
        QAccessibleInterface* child = accessible->child(i);
        QVERIFY(child);
        QCOMPARE(child->role(), QAccessible::ListItem);
        QCOMPARE(child->text(QAccessible::Name), expectedNames[i]);
        QCOMPARE(child->text(QAccessible::Value), expectedValues[i]);
        QCOMPARE(child->parent(), accessible);
        QCOMPARE(accessible->indexOfChild(child), i);
        QCOMPARE(accessible->child(i), child); // stable identity for assistive technology
    }
}

void ContributionChartTest::accessibleChildrenFollowNewData()
{
    ContributionChart chart;
    chart.setRows(contributionRows(testing::refusedExplanation(), QStringLiteral("fr")),
                  QStringLiteral("fr"));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&chart);
    QAccessibleInterface* last = accessible->child(4);
    chart.setRows(contributionRows(testing::refusedExplanation(), QStringLiteral("en"), 2),
                  QStringLiteral("en"));
    QCOMPARE(accessible->childCount(), 2);
    QVERIFY(!last->isValid());
    QCOMPARE(accessible->child(0)->text(QAccessible::Name),
             QStringLiteral("External score no. 3 (0.21)"));
    QVERIFY(accessible->child(1)->text(QAccessible::Name).startsWith(QStringLiteral("Other")) ||
            accessible->child(1)->text(QAccessible::Name).startsWith(QStringLiteral("Autres")));
}

void ContributionChartTest::keyboardMovesTheCurrentRowAndAccessibleFocus()
{
    ContributionChart chart;
    chart.setRows(contributionRows(testing::refusedExplanation(), QStringLiteral("fr")),
                  QStringLiteral("fr"));
    chart.show();
    chart.setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.currentRow(), 0);
    QTest::keyClick(&chart, Qt::Key_Down);
    QTest::keyClick(&chart, Qt::Key_Down);
    QCOMPARE(chart.currentRow(), 2);
    QTest::keyClick(&chart, Qt::Key_End);
    QCOMPARE(chart.currentRow(), 4);
    QTest::keyClick(&chart, Qt::Key_Down);
    QCOMPARE(chart.currentRow(), 4);
    if (chart.hasFocus()) {
        QAccessibleInterface* focused = QAccessible::queryAccessibleInterface(&chart)->focusChild();
        QVERIFY(focused);
        QCOMPARE(focused->text(QAccessible::Name), QStringLiteral("Prix du bien (450 000)"));
    }
}

void ContributionChartTest::tableTwinHoldsTheSameRowsAndIsReachableByKeyboard()
{
    ContributionView view;
    view.setExplanation(testing::refusedExplanation());
    QTableView* table = view.table();
    QCOMPARE(table->model()->rowCount(), int(view.chart()->rows().size()));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, 0).data().toString(),
                 view.chart()->rows()[std::size_t(row)].label);
    QVERIFY(table->focusPolicy() & Qt::TabFocus);
    QVERIFY(!table->accessibleName().isEmpty());

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.chart()->setFocus();
    QTest::keyClick(view.chart(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(view.tabs()->currentWidget(), static_cast<QWidget*>(table));
}

QTEST_MAIN(ContributionChartTest)
#include "ContributionChartTest.moc"
