#include "models/ContributionTableModel.h"

#include "SampleData.h"
#include "models/ContributionRow.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <cmath>

using namespace credit::ui;

class ContributionTableModelTest : public QObject {
    Q_OBJECT
private slots:
    void rowsAreSortedByLargestEffect();
    void remainderIsSummedIntoOneRow();
    void modelPassesTheItemModelTester();
    void showsSignedPointsAndDirection();
};

void ContributionTableModelTest::rowsAreSortedByLargestEffect()
{
    const auto rows = contributionRows(testing::refusedExplanation(), QStringLiteral("fr"));
    QCOMPARE(rows.size(), std::size_t(5));
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(std::abs(rows[i - 1].points) >= std::abs(rows[i].points));
    QCOMPARE(rows[0].label, QStringLiteral("Score externe n°3"));
    QCOMPARE(rows[0].clientValue, QStringLiteral("0,21"));
    QCOMPARE(rows[1].points, -3.1);
}

void ContributionTableModelTest::remainderIsSummedIntoOneRow()
{
    const auto rows = contributionRows(testing::refusedExplanation(), QStringLiteral("en"), 3);
    QCOMPARE(rows.size(), std::size_t(3));
    // 1.8 + 1.2 - 0.7 = 2.3 for the three smallest groups.
    QVERIFY(std::abs(rows[2].points - 2.3) < 1e-9);
    QVERIFY(rows[2].label.contains(QLatin1String("3")));
    QVERIFY(rows[2].clientValue.isEmpty());

    // Blank on screen, said in words to a screen reader rather than a cell without a name.
    ContributionTableModel model;
    model.setRows(rows, QStringLiteral("en"));
    const QModelIndex remainder = model.index(2, ContributionTableModel::ClientValue);
    QVERIFY(remainder.data().toString().isEmpty());
    QCOMPARE(remainder.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("plusieurs variables"));
}

void ContributionTableModelTest::modelPassesTheItemModelTester()
{
    ContributionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(contributionRows(testing::refusedExplanation(), QStringLiteral("fr")),
                  QStringLiteral("fr"));
    QCOMPARE(model.rowCount(), 5);
    model.setRows({}, QStringLiteral("fr"));
    QCOMPARE(model.rowCount(), 0);
}

void ContributionTableModelTest::showsSignedPointsAndDirection()
{
    ContributionTableModel model;
    model.setRows(contributionRows(testing::refusedExplanation(), QStringLiteral("fr")),
                  QStringLiteral("fr"));
    QCOMPARE(model.index(0, ContributionTableModel::Effect).data().toString(),
             QStringLiteral("+6,2\u00A0pts"));
    QCOMPARE(model.index(1, ContributionTableModel::Effect).data().toString(),
             QStringLiteral("\u22123,1\u00A0pts"));
    QCOMPARE(model.index(0, ContributionTableModel::Direction).data().toString(),
             QStringLiteral("Augmente le risque"));
    QCOMPARE(model.index(1, ContributionTableModel::Direction).data().toString(),
             QStringLiteral("Diminue le risque"));
    QCOMPARE(model.index(1, ContributionTableModel::Effect)
                 .data(ContributionTableModel::SortRole)
                 .toDouble(),
             -3.1);
}

QTEST_GUILESS_MAIN(ContributionTableModelTest)
#include "ContributionTableModelTest.moc"
