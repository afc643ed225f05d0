#include "window/MainWindow.h"

#include "SampleData.h"
#include "models/PortfolioModel.h"
#include "widgets/ClientFinder.h"
#include "widgets/ContributionChart.h"
#include "widgets/ContributionView.h"
#include "widgets/FactsPanel.h"
#include "widgets/ReasonsPanel.h"
#include "widgets/ScoreGauge.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QtTest>

using namespace credit::ui;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void showClientFillsTheThreePanels();
    void keyboardOnlySelectionEmitsTheClientId();
    void enterInTheSearchBoxSelectsTheFirstMatch();
    void ctrlFFocusesTheSearchBox();
    void mainActionsHaveStandardShortcuts();
    void altMnemonicsDoNotCollide();
    void showClientDoesNotEchoASelection();
    void demoBannerFollowsThePortfolioOrigin();
    void scoringSourceIsShownPermanently();
    void everyFocusableWidgetHasAnAccessibleName();
    void themeChoiceReachesApplicationAndCharts();
    void fontScaleEnlargesTheApplicationFont();
};

void MainWindowTest::initTestCase()
{
    // Keep the advisor's real settings file out of the tests.
    QStandardPaths::setTestModeEnabled(true);
}

void MainWindowTest::showClientFillsTheThreePanels()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    window.showClient(testing::refusedExplanation(), testing::sampleFacts(100002));

    // Score
    QCOMPARE(window.gauge()->probabilityPercent(), 23.1);
    QCOMPARE(window.gauge()->decisionText(), QStringLiteral("Crédit refusé"));
    QCOMPARE(window.contributions()->chart()->rows().size(), std::size_t(5));
    // Reasons
    const QList<QLabel*> adverse = window.reasons()->adverseLabels();
    QCOMPARE(adverse.size(), 2);
    QVERIFY(adverse[0]->text().contains(QStringLiteral("Le score externe n°3 (0,21)")));
    QVERIFY(adverse[0]->accessibleName().startsWith(QStringLiteral("Défavorable")));
    QCOMPARE(window.reasons()->favourableLabels().size(), 1);
    QVERIFY(window.reasons()->favourableLabels()[0]->text().contains(QStringLiteral("n°2 (0,71)")));
    // Facts
    QLabel* age = window.facts()->valueLabel(QStringLiteral("age"));
    QVERIFY(age);
    QCOMPARE(age->text(), QStringLiteral("27 ans"));
    QCOMPARE(age->accessibleName(), QStringLiteral("Âge : 27 ans"));
    QCOMPARE(window.facts()->valueLabel(QStringLiteral("lateInstalments"))->text(),
             QStringLiteral("3 sur 19"));
    // The facts agree with what the reasons quote.
    QCOMPARE(window.facts()->valueLabel(QStringLiteral("externalScore3"))->text(),
             QStringLiteral("0,21"));
    // The list follows the shown client.
    QCOMPARE(
        window.finder()->list()->currentIndex().data(PortfolioModel::ClientIdRole).toLongLong(),
        100002LL);

    // The panels reuse their widgets: once the client is cleared, none of its facts or reasons
    // stays behind in a hidden label.
    window.clearClient();
    QVERIFY(age->text().isEmpty());
    QVERIFY(age->accessibleName().isEmpty());
    QVERIFY(!age->isVisibleTo(&window));
    QCOMPARE(window.reasons()->adverseLabels().size(), 1);
    QCOMPARE(window.reasons()->adverseLabels()[0]->text(),
             QStringLiteral("Aucun client sélectionné."));
    for (QLabel* label : window.reasons()->findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(QStringLiteral("score externe")),
                 qPrintable(label->text()));
}

void MainWindowTest::keyboardOnlySelectionEmitsTheClientId()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy selected(&window, &MainWindow::clientSelected);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit* search = window.finder()->searchBox();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("1000"));
    QCOMPARE(window.finder()->list()->model()->rowCount(), 3); // 100002, 100003, 100004
    QTest::keyClick(search, Qt::Key_Down);                     // into the list, first row
    QTableView* list = window.finder()->list();
    QVERIFY(list->hasFocus());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).toLongLong(), 100002LL);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(selected.last().at(0).toLongLong(), 100003LL);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(selected.last().at(0).toLongLong(), 100004LL);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(selected.last().at(0).toLongLong(), 100003LL);
}

void MainWindowTest::enterInTheSearchBoxSelectsTheFirstMatch()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy selected(&window, &MainWindow::clientSelected);
    window.finder()->focusSearch();
    QTest::keyClicks(window.finder()->searchBox(), QStringLiteral("200 010"));
    QTest::keyClick(window.finder()->searchBox(), Qt::Key_Return);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).toLongLong(), 200010LL);
}

void MainWindowTest::ctrlFFocusesTheSearchBox()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.gauge()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.finder()->searchBox()->hasFocus());
    // Tab order: search -> decision filter -> list -> gauge.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.finder()->decisionFilter()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.finder()->list()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.gauge()));
}

void MainWindowTest::mainActionsHaveStandardShortcuts()
{
    MainWindow window;
    QList<QKeySequence> shortcuts;
    for (QAction* action : window.findChildren<QAction*>()) {
        shortcuts += action->shortcuts();
        if (!action->shortcut().isEmpty() && !action->isSeparator())
            QVERIFY2(!action->text().isEmpty(), "an action reachable by shortcut has no name");
    }
    for (const QKeySequence& expected :
         {QKeySequence(QStringLiteral("Ctrl+O")), QKeySequence(QStringLiteral("Ctrl+F")),
          QKeySequence(QStringLiteral("F1")), QKeySequence(QStringLiteral("Ctrl+Q")),
          QKeySequence(QStringLiteral("Ctrl++")), QKeySequence(QStringLiteral("Ctrl+-"))})
        QVERIFY2(shortcuts.contains(expected), qPrintable(expected.toString()));
}

namespace {

// The Alt+letter of a text ("&Fichier" -> 'f'), or a null char.
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

} // namespace

void MainWindowTest::altMnemonicsDoNotCollide()
{
    MainWindow window;
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        QVERIFY(window.setLanguage(language));
        QStringList texts;
        for (QAction* action : window.menuBar()->actions())
            texts << action->text();
        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (QTabBar* tabs : window.findChildren<QTabBar*>()) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        QHash<QChar, QString> owners;
        for (const QString& text : std::as_const(texts)) {
            const QChar key = mnemonic(text);
            if (key.isNull())
                continue;
            QVERIFY2(!owners.contains(key),
                     qPrintable(QStringLiteral("%1: Alt+%2 used by \"%3\" and \"%4\"")
                                    .arg(language, key, owners.value(key), text)));
            owners.insert(key, text);
        }
        QVERIFY(owners.size() >= 6);
        // Inside each menu and submenu too, with the actions shown only in some modes (the
        // supervisors' review in server mode) counted: Alt+F then a letter must reach one item.
        std::vector<QMenu*> menus;
        for (QAction* title : window.menuBar()->actions())
            if (title->menu())
                menus.push_back(title->menu());
        for (std::size_t next = 0; next < menus.size(); ++next) {
            QHash<QChar, QString> items;
            for (QAction* action : menus[next]->actions()) {
                if (action->menu())
                    menus.push_back(action->menu());
                const QChar key = mnemonic(action->text());
                if (action->isSeparator() || key.isNull())
                    continue;
                QVERIFY2(!items.contains(key),
                         qPrintable(QStringLiteral("%1, menu %2: Alt+%3 used by \"%4\" and \"%5\"")
                                        .arg(language, menus[next]->title(), key, items.value(key),
                                             action->text())));
                items.insert(key, action->text());
            }
        }
    }
    window.setLanguage(QStringLiteral("fr"));
}

void MainWindowTest::showClientDoesNotEchoASelection()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    QSignalSpy selected(&window, &MainWindow::clientSelected);
    window.showClient(testing::refusedExplanation(), testing::sampleFacts(100004));
    QCOMPARE(selected.count(), 0);
}

void MainWindowTest::demoBannerFollowsThePortfolioOrigin()
{
    MainWindow window;
    window.show();
    window.setPortfolio(testing::samplePortfolio(), PortfolioOrigin::SyntheticDemo);
    QVERIFY(window.demoBanner()->isVisible());
    QVERIFY(window.demoBanner()->text().contains(QStringLiteral("synthétiques")));
    window.setPortfolio(testing::samplePortfolio(), PortfolioOrigin::RealData);
    QVERIFY(!window.demoBanner()->isVisible());
}

void MainWindowTest::scoringSourceIsShownPermanently()
{
    MainWindow window;
    window.setScoringSource(QStringLiteral("modèle local 1.0"));
    QCOMPARE(window.scoringSourceLabel()->text(),
             QStringLiteral("Source du score : modèle local 1.0"));
}

void MainWindowTest::everyFocusableWidgetHasAnAccessibleName()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    QStringList unnamed;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        // Only what Tab can reach in this window; popups (the combo's list) are other windows.
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->window() != &window)
            continue;
        // Qt names these from their items (tab titles), not from the widget itself.
        if (widget->inherits("QTabBar") || widget->inherits("QScrollBar"))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') +
                           widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void MainWindowTest::themeChoiceReachesApplicationAndCharts()
{
    MainWindow window;
    window.setThemeChoice(ThemeId::HighContrastDark);
    const Theme dark = Theme::forId(ThemeId::HighContrastDark);
    QCOMPARE(window.theme().id, ThemeId::HighContrastDark);
    QCOMPARE(QApplication::palette().color(QPalette::Window), dark.window);
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    window.gauge()->resize(600, window.gauge()->heightForWidth(600));
    QCOMPARE(window.gauge()->grab().toImage().pixelColor(1, 1), dark.base);
    window.setThemeChoice(ThemeId::Default);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Theme::forId(ThemeId::Default).window);
}

void MainWindowTest::fontScaleEnlargesTheApplicationFont()
{
    MainWindow window;
    window.setFontScale(100);
    const qreal base = QApplication::font().pointSizeF();
    window.setFontScale(150);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.5);
    window.setFontScale(400); // clamped to 200 %
    QCOMPARE(window.preferences().fontScalePercent, 200);
    QCOMPARE(QApplication::font().pointSizeF(), base * 2.0);
    QCOMPARE(window.gauge()->font().pointSizeF(), base * 2.0);
    window.setFontScale(100);
    QCOMPARE(window.gauge()->font().pointSizeF(), base);

    // A window opened with a stored 150 % starts with every widget at that size.
    UiPreferences preferences;
    preferences.fontScalePercent = 150;
    MainWindow enlarged(preferences);
    QCOMPARE(enlarged.finder()->list()->font().pointSizeF(), base * 1.5);
    QCOMPARE(enlarged.gauge()->font().pointSizeF(), base * 1.5);
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
