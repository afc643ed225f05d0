// The "Modèle" page's feature policy and fairness by group: chart (accessible list of groups),
// table twin (QAbstractItemModelTester), the flag shown by shape and words, "non calculable" for
// an empty group, and the warning for a bundle without a feature policy.
#include "FairnessSample.h"
#include "models/FairnessTableModel.h"
#include "models/ModelCard.h"
#include "widgets/FairnessChart.h"
#include "window/ModelPage.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace credit::ui;

class FairnessViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cardListsThePolicyWithoutWarning()
    {
        ModelPage page;
        page.setModelCard(ModelCard::fromDescription(testing::describedModel(true)));
        QCOMPARE(page.valueLabel(QStringLiteral("policy"))->text(),
                 QStringLiteral("CODE_GENDER, NAME_FAMILY_STATUS"));
        QVERIFY(page.warningLabel()->isHidden());
    }

    void bundleWithoutPolicyShowsTheWarning()
    {
        ModelPage page;
        page.setModelCard(ModelCard::fromDescription(testing::describedModel(false)));
        page.show();
        QVERIFY(page.warningLabel()->isVisible());
        QVERIFY(
            page.warningLabel()->text().contains(QStringLiteral("n'indique pas quels attributs")));
        QVERIFY(page.valueLabel(QStringLiteral("policy"))
                    ->text()
                    .startsWith(QStringLiteral("non renseigné")));
        QCOMPARE(page.warningLabel()->accessibleName(), page.warningLabel()->text());
    }

    void chartIsAnAccessibleListOfGroups()
    {
        ModelPage page;
        page.setModelCard(ModelCard::fromDescription(testing::describedModel(true)));
        FairnessChart* chart = page.fairnessChart();
        QCOMPARE(chart->accessibleItemCount(), 3);
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(chart);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::List);
        QCOMPARE(accessible->childCount(), 3);
        QCOMPARE(accessible->child(0)->text(QAccessible::Name), QStringLiteral("Genre : Femme"));
        const QString male = accessible->child(1)->text(QAccessible::Value);
        QVERIFY2(male.startsWith(QStringLiteral("50,0")), qPrintable(male));
        QVERIFY2(male.contains(QStringLiteral("46,0")) && male.contains(QStringLiteral("54,0")),
                 qPrintable(male));
        QVERIFY2(male.contains(QStringLiteral("sous le seuil d'alerte")), qPrintable(male));
        QVERIFY(!accessible->child(0)->text(QAccessible::Value).contains(QStringLiteral("seuil")));
        QVERIFY(accessible->child(2)
                    ->text(QAccessible::Value)
                    .startsWith(QStringLiteral("non calculable")));
        // Keyboard: the current bar moves, and the table twin selects the same group.
        page.show();
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Down);
        QCOMPARE(chart->currentRow(), 1);
        QCOMPARE(page.fairnessTable()->selectionModel()->selectedRows().value(0).row(), 1);
        QVERIFY(!page.fairnessTable()->accessibleName().isEmpty());
    }

    void tableTwinSaysNotComputableAndFlags()
    {
        FairnessTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto card = ModelCard::fromDescription(testing::describedModel(true));
        QVERIFY(card.fairness);
        model.setSummary(*card.fairness, QStringLiteral("fr"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, FairnessTableModel::Group).data().toString(),
                 QStringLiteral("Genre : Homme"));
        QVERIFY(model.index(1, FairnessTableModel::ApprovalRatio)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("⚠ 0,71")));
        QVERIFY(model.index(0, FairnessTableModel::ApprovalRatio)
                    .data()
                    .toString()
                    .contains(QStringLiteral("le plus accepté")));
        QCOMPARE(model.index(2, FairnessTableModel::Auc).data().toString(),
                 QStringLiteral("non calculable"));
        QCOMPARE(model.index(2, FairnessTableModel::Clients).data().toString(),
                 QStringLiteral("0"));
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.index(1, FairnessTableModel::Group).data().toString().section(' ', -1),
                 QStringLiteral("Male"));
    }
};

QTEST_MAIN(FairnessViewTest)
#include "FairnessViewTest.moc"
