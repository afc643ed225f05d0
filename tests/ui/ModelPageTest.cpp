// The "Modèle" page: model card, global importance chart and drift summary, all read from what
// core produces (a model description, a drift JSON report); accessible and translated.
#include "window/ModelPage.h"

#include "SampleModel.h"
#include "models/DriftSummary.h"
#include "models/ModelCard.h"
#include "widgets/ImportanceChart.h"
#include "window/MainWindow.h"

#include <QAccessible>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <stdexcept>

using namespace credit::ui;

class ModelPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cardShowsVersionDateThresholdDataAndMetrics();
    void descriptionWithoutVersionIsRefusedWithTheFieldName();
    void importanceChartIsSortedAndAccessible();
    void withoutReportSaysSo();
    void driftReportShowsStatusShareAndTopFeatures();
    void unreadableReportNamesTheFile();
    void englishPage();
    void mainWindowHasTheModelTab();

private:
    static QString writeReport(const QTemporaryDir& dir, const QByteArray& content);
};

QString ModelPageTest::writeReport(const QTemporaryDir& dir, const QByteArray& content)
{
    const QString path = dir.filePath(QStringLiteral("drift.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void ModelPageTest::cardShowsVersionDateThresholdDataAndMetrics()
{
    ModelPage page;
    page.setModelCard(ModelCard::fromDescription(testing::sampleModelDescription()));
    QCOMPARE(page.valueLabel(QStringLiteral("version"))->text(), QStringLiteral("demo-2026-11-22"));
    QCOMPARE(page.valueLabel(QStringLiteral("date"))->text(),
             QStringLiteral("2026-11-22T10:00:00Z"));
    QCOMPARE(page.valueLabel(QStringLiteral("threshold"))->text(),
             QStringLiteral("9,4\u202F% (refus au-dessus)"));
    QVERIFY(page.valueLabel(QStringLiteral("data"))->text().contains(QStringLiteral("161")));
    QVERIFY(page.valueLabel(QStringLiteral("auc"))->text().startsWith(QStringLiteral("0,803")));
    QCOMPARE(page.valueLabel(QStringLiteral("recall"))->text(), QStringLiteral("62,0\u202F%"));
    QVERIFY(page.valueLabel(QStringLiteral("costs"))->text().contains(QStringLiteral("10 fois")));
    QCOMPARE(page.valueLabel(QStringLiteral("features"))->text(), QStringLiteral("3"));
    // A screen reader gets the name with the value, as for the client's facts.
    QCOMPARE(page.valueLabel(QStringLiteral("version"))->accessibleName(),
             QStringLiteral("Version : demo-2026-11-22"));
}

void ModelPageTest::descriptionWithoutVersionIsRefusedWithTheFieldName()
{
    QJsonObject description = testing::sampleModelDescription();
    description.remove(QStringLiteral("version"));
    try {
        ModelCard::fromDescription(description);
        QFAIL("a description without a version was accepted");
    } catch (const std::invalid_argument& error) {
        QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("\"version\"")));
    }
}

void ModelPageTest::importanceChartIsSortedAndAccessible()
{
    ModelPage page;
    page.setModelCard(ModelCard::fromDescription(testing::sampleModelDescription()));
    ImportanceChart* chart = page.importanceChart();
    QCOMPARE(chart->entries().size(), std::size_t(3));
    QCOMPARE(chart->rowName(0), QStringLiteral("Score externe n°3")); // 0.41, the largest
    QCOMPARE(chart->rowName(2), QStringLiteral("Âge"));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::List);
    QCOMPARE(accessible->text(QAccessible::Name),
             QStringLiteral("Importance globale des variables"));
    QCOMPARE(accessible->childCount(), 3);
    QCOMPARE(accessible->child(0)->text(QAccessible::Name), QStringLiteral("Score externe n°3"));
    QVERIFY(accessible->child(0)->text(QAccessible::Value).startsWith(QStringLiteral("0,410")));
    QCOMPARE(accessible->indexOfChild(accessible->child(1)), 1);
    // Keyboard: the current bar moves and is what the accessible focus child reports.
    page.show();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(chart->currentRow(), 1);
}

void ModelPageTest::withoutReportSaysSo()
{
    ModelPage page;
    QVERIFY(!page.setDriftReportPath(QString()));
    QVERIFY(page.driftMessage()->text().startsWith(QStringLiteral("Aucun rapport de dérive")));
    QVERIFY(!page.setDriftReportPath(QStringLiteral("/nonexistent/drift.json")));
    QVERIFY(page.driftMessage()->text().startsWith(QStringLiteral("Aucun rapport de dérive")));
    QVERIFY(!page.valueLabel(QStringLiteral("driftStatus")));
}

void ModelPageTest::driftReportShowsStatusShareAndTopFeatures()
{
    QTemporaryDir dir;
    const QString path = writeReport(dir, testing::sampleDriftReportJson());
    ModelPage page;
    QVERIFY(page.setDriftReportPath(path));
    QCOMPARE(page.valueLabel(QStringLiteral("driftStatus"))->text(),
             QStringLiteral("⚠ Dérive modérée"));
    QCOMPARE(page.valueLabel(QStringLiteral("driftShare"))->text(),
             QStringLiteral("4 sur 40 (10,0\u202F%)"));
    const QString top = page.valueLabel(QStringLiteral("driftTop"))->text();
    QVERIFY(top.startsWith(QStringLiteral("AMT_INCOME_TOTAL (✗ Dérive forte, PSI 0,31)")));
    QVERIFY(top.contains(QStringLiteral("AMT_CREDIT")));
    QVERIFY(!top.contains(QStringLiteral("EXT_SOURCE_1"))); // stable: not a drifted feature
    QVERIFY(page.driftMessage()->text().contains(QStringLiteral("2026-11-22T09:30:00Z")));
}

void ModelPageTest::unreadableReportNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = writeReport(dir, "{ not json");
    ModelPage page;
    QVERIFY(!page.setDriftReportPath(path));
    QVERIFY(page.driftMessage()->text().contains(path));
    QVERIFY(page.driftMessage()->text().contains(QStringLiteral("not JSON")));
    const QString noSummary = writeReport(dir, "{\"features\": []}");
    QVERIFY(!page.setDriftReportPath(noSummary));
    QVERIFY(page.driftMessage()->text().contains(QStringLiteral("summary")));
}

void ModelPageTest::englishPage()
{
    MainWindow window;
    window.setModelCard(ModelCard::fromDescription(testing::sampleModelDescription()));
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    ModelPage* page = window.modelPage();
    QCOMPARE(page->valueLabel(QStringLiteral("threshold"))->text(),
             QStringLiteral("9.4% (refused above)"));
    QCOMPARE(page->importanceChart()->rowName(0), QStringLiteral("External score no. 3"));
    QCOMPARE(window.pages()->tabText(1), QStringLiteral("&Model"));
    QVERIFY(page->driftMessage()->text().startsWith(QStringLiteral("No drift report")));
    window.setLanguage(QStringLiteral("fr"));
}

void ModelPageTest::mainWindowHasTheModelTab()
{
    MainWindow window;
    QCOMPARE(window.pages()->count(), 2);
    QCOMPARE(window.pages()->tabText(1), QStringLiteral("&Modèle"));
    QVERIFY(!window.modelPage()->valueLabel(QStringLiteral("version"))); // no model yet
    window.setModelCard(ModelCard::fromDescription(testing::sampleModelDescription()));
    QVERIFY(window.modelPage()->valueLabel(QStringLiteral("version")));
}

QTEST_MAIN(ModelPageTest)
#include "ModelPageTest.moc"
