#include "SampleData.h"
#include "models/PortfolioFilterProxy.h"
#include "models/PortfolioModel.h"
#include "widgets/ClientFinder.h"
#include "widgets/ContributionChart.h"
#include "widgets/ContributionView.h"
#include "widgets/FactsPanel.h"
#include "widgets/ReasonsPanel.h"
#include "widgets/ScoreGauge.h"
#include "window/LanguageSwitcher.h"
#include "window/MainWindow.h"

#include <QAccessible>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace credit::ui;

class TranslationTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void englishCatalogueIsEmbeddedAndLoads();
    void switchingToEnglishChangesVisibleStrings();
    void switchingBackRestoresFrench();
    void frenchPluralsComeFromTheFrenchCatalogue();
    void unknownLanguageFallsBackToFrench();
};

void TranslationTest::englishCatalogueIsEmbeddedAndLoads()
{
    const QString path = LanguageSwitcher::catalogueFor(QStringLiteral("en"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.translate("credit::ui::MainWindow", "&Fichier"), QStringLiteral("&File"));
}

void TranslationTest::switchingToEnglishChangesVisibleStrings()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QCOMPARE(window.preferences().language, QStringLiteral("en"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(window.gauge()->decisionText(), QStringLiteral("Loan refused"));
    QCOMPARE(window.demoBanner()->text(),
             QStringLiteral("Synthetic demonstration data: these clients do not exist."));
    // Core's own bilingual texts switch too, in every panel.
    QVERIFY(window.gauge()->interpretationText().startsWith(QStringLiteral("Probability")));
    QCOMPARE(window.facts()->valueLabel(QStringLiteral("age"))->text(), QStringLiteral("27 years"));
    QCOMPARE(window.facts()->valueLabel(QStringLiteral("age"))->accessibleName(),
             QStringLiteral("Age: 27 years"));
    QVERIFY(window.reasons()->adverseLabels().first()->text().contains(
        QStringLiteral("External score no. 3 (0.21)")));
    QVERIFY(window.reasons()->adverseLabels().first()->accessibleName().startsWith(
        QStringLiteral("Adverse: ")));
    QCOMPARE(window.contributions()->chart()->rows().front().label,
             QStringLiteral("External score no. 3"));
    QCOMPARE(window.finder()->list()->model()->headerData(PortfolioModel::DecisionColumn,
                                                          Qt::Horizontal),
             QVariant(QStringLiteral("Decision")));
    QCOMPARE(QAccessible::queryAccessibleInterface(window.gauge())->text(QAccessible::Name),
             QStringLiteral("Probability of default gauge"));
    window.setLanguage(QStringLiteral("fr"));
}

void TranslationTest::switchingBackRestoresFrench()
{
    MainWindow window;
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QVERIFY(window.setLanguage(QStringLiteral("fr")));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    QCOMPARE(window.gauge()->accessibleName(), QStringLiteral("Jauge de probabilité de défaut"));
}

void TranslationTest::frenchPluralsComeFromTheFrenchCatalogue()
{
    MainWindow window;
    auto* count = window.finder()->findChild<QLabel*>(QStringLiteral("clientCount"));
    QVERIFY(count);
    window.setPortfolio(testing::samplePortfolio());
    QCOMPARE(count->text(), QStringLiteral("6 clients affichés"));
    window.finder()->proxy()->setSearchText(QStringLiteral("200010"));
    window.finder()->retranslate();
    QCOMPARE(count->text(), QStringLiteral("1 client affiché"));
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QCOMPARE(count->text(), QStringLiteral("1 client shown"));
    window.setLanguage(QStringLiteral("fr"));
}

void TranslationTest::unknownLanguageFallsBackToFrench()
{
    MainWindow window;
    QVERIFY(!window.setLanguage(QStringLiteral("xx")));
    QCOMPARE(window.preferences().language, QStringLiteral("fr"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
}

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
