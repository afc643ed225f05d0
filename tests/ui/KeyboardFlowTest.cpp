// The advisor's main flow with the keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7): QTest key
// events on the real window, never a mouse event and never a direct call to a slot the user
// could not reach.
#include "SampleData.h"
#include "SampleModel.h"
#include "document/ScenarioScoring.h"
#include "models/ModelCard.h"
#include "scenario/ScenarioEditor.h"
#include "widgets/ClientFinder.h"
#include "widgets/ComparisonView.h"
#include "widgets/ContributionChart.h"
#include "widgets/ContributionView.h"
#include "widgets/DistributionChart.h"
#include "widgets/ImportanceChart.h"
#include "widgets/ScoreGauge.h"
#include "window/MainWindow.h"
#include "window/ModelPage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace credit::ui;

class KeyboardFlowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void findAClientAndReadItsScore();
    void tabCyclesThroughEveryControlAndLeavesEachOne();
    void shiftTabWalksTheSameCycleBackwards();
    void modelPageIsReachableAndItsChartWalkable();
    void everyFocusStopShowsAVisibleFocusIndicator();
    void f1ListsEveryShortcutOfTheWindow();
    void f10OpensTheMenuBar();
    void compareEditAndRescoreWithTheKeyboard();

private:
    // A window wired like the application: selecting a client shows its explanation.
    static void wire(MainWindow& window);
    static void showAndActivate(MainWindow& window);
    // Presses `key` from the focus widget until the focus comes back to `start`; returns the
    // widgets in the order they got the focus. Fails the test on a trap (Tab leaves the focus
    // where it was) or when the cycle does not close within `limit` presses.
    static QList<QWidget*> focusCycle(QWidget* start, Qt::KeyboardModifiers modifiers,
                                      int limit = 80);
};

void KeyboardFlowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void KeyboardFlowTest::wire(MainWindow& window)
{
    window.setPortfolio(testing::samplePortfolio());
    window.setModelCard(ModelCard::fromDescription(testing::sampleModelDescription()));
    QObject::connect(&window, &MainWindow::clientSelected, &window, [&window](long long id) {
        window.showClient(testing::refusedExplanation(), testing::sampleFacts(id));
    });
}

void KeyboardFlowTest::showAndActivate(MainWindow& window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

QList<QWidget*> KeyboardFlowTest::focusCycle(QWidget* start, Qt::KeyboardModifiers modifiers,
                                             int limit)
{
    QList<QWidget*> visited;
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start) {
        qWarning("focusCycle: the start widget does not take the focus");
        return visited;
    }
    visited << start;
    for (int press = 0; press < limit; ++press) {
        QWidget* before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab, modifiers);
        QWidget* after = QApplication::focusWidget();
        if (after == nullptr || after == before) {
            qWarning("keyboard trap: Tab does not leave %s/%s", before->metaObject()->className(),
                     qPrintable(before->objectName()));
            return {};
        }
        if (after == start)
            return visited;
        visited << after;
    }
    qWarning("the Tab cycle did not come back to the start within %d presses", limit);
    return {};
}

void KeyboardFlowTest::findAClientAndReadItsScore()
{
    MainWindow window;
    wire(window);
    showAndActivate(window);
    QSignalSpy selected(&window, &MainWindow::clientSelected);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit* search = window.finder()->searchBox();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("1000"));
    QTest::keyClick(search, Qt::Key_Down);                      // into the list: first match 100002
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 100003
    QCOMPARE(selected.last().at(0).toLongLong(), 100003LL);
    QVERIFY(window.gauge()->hasScore());

    // Tab from the list lands on the gauge, whose accessible value is the probability.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window.gauge()));
    QAccessibleInterface* gauge = QAccessible::queryAccessibleInterface(window.gauge());
    QVERIFY(gauge && gauge->valueInterface());
    QCOMPARE(gauge->valueInterface()->currentValue().toDouble(), 23.1);
    QVERIFY(gauge->text(QAccessible::Value).contains(QStringLiteral("23,1")));
    QVERIFY(gauge->text(QAccessible::Description).contains(QStringLiteral("refusé")));

    // On to the chart: Down walks the bars, and the accessible focus child follows.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the chart/table tab bar
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the chart itself
    ContributionChart* chart = window.contributions()->chart();
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(chart));
    QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(chart->currentRow(), 1);
    QAccessibleInterface* chartInterface = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(chartInterface->focusChild());
    QCOMPARE(chartInterface->focusChild()->text(QAccessible::Name), chart->rowName(1));
}

void KeyboardFlowTest::tabCyclesThroughEveryControlAndLeavesEachOne()
{
    MainWindow window;
    wire(window);
    showAndActivate(window);
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    const QList<QWidget*> cycle = focusCycle(window.finder()->searchBox(), Qt::NoModifier);
    QVERIFY2(!cycle.isEmpty(), "Tab trapped or did not cycle (see the warning above)");
    // Everything the advisor works with is in the cycle.
    for (QWidget* expected :
         {static_cast<QWidget*>(window.finder()->decisionFilter()),
          static_cast<QWidget*>(window.finder()->list()), static_cast<QWidget*>(window.gauge()),
          static_cast<QWidget*>(window.contributions()->chart())})
        QVERIFY2(cycle.contains(expected), qPrintable(expected->objectName()));
    // The order follows the reading order: search, filter, list, then the score.
    QVERIFY(cycle.indexOf(window.finder()->list()) < cycle.indexOf(window.gauge()));
    QVERIFY(cycle.indexOf(window.gauge()) < cycle.indexOf(window.contributions()->chart()));
    // Every stop is a visible, enabled widget of this window (no invisible tab stop).
    for (QWidget* widget : cycle) {
        QVERIFY2(widget->isVisible() && widget->isEnabled(), qPrintable(widget->objectName()));
        QCOMPARE(widget->window(), static_cast<QWidget*>(&window));
    }
}

void KeyboardFlowTest::shiftTabWalksTheSameCycleBackwards()
{
    MainWindow window;
    wire(window);
    showAndActivate(window);
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    const QList<QWidget*> forward = focusCycle(window.finder()->searchBox(), Qt::NoModifier);
    const QList<QWidget*> backward = focusCycle(window.finder()->searchBox(), Qt::ShiftModifier);
    QVERIFY(!forward.isEmpty());
    QCOMPARE(backward.size(), forward.size());
    for (int i = 1; i < forward.size(); ++i)
        QCOMPARE(backward[i], forward[forward.size() - i]);
}

void KeyboardFlowTest::modelPageIsReachableAndItsChartWalkable()
{
    MainWindow window;
    wire(window);
    showAndActivate(window);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentIndex(), 1);
    ImportanceChart* chart = window.modelPage()->importanceChart();
    QVERIFY(chart->hasFocus());
    QCOMPARE(chart->currentRow(), 0);
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(chart->currentRow(), 2);
    QCOMPARE(chart->rowName(2), QStringLiteral("Âge")); // smallest importance last
    // No trap on this page either, and the cycle reaches the page tabs to go back.
    const QList<QWidget*> cycle = focusCycle(chart, Qt::NoModifier);
    QVERIFY(!cycle.isEmpty());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentIndex(), 0);
    QVERIFY(window.finder()->searchBox()->hasFocus());
}

void KeyboardFlowTest::everyFocusStopShowsAVisibleFocusIndicator()
{
    MainWindow window;
    wire(window);
    showAndActivate(window);
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    const QList<QWidget*> cycle = focusCycle(window.finder()->searchBox(), Qt::NoModifier);
    QVERIFY(!cycle.isEmpty());
    QStringList invisible;
    for (QWidget* widget : cycle) {
        widget->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QImage focused = widget->grab().toImage();
        // Park the focus on a widget elsewhere in the window, then grab the same widget again.
        QWidget* other = widget == window.finder()->searchBox()
                             ? static_cast<QWidget*>(window.gauge())
                             : static_cast<QWidget*>(window.finder()->searchBox());
        other->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QImage unfocused = widget->grab().toImage();
        if (focused == unfocused)
            invisible << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') +
                             widget->objectName();
    }
    QVERIFY2(invisible.isEmpty(), qPrintable(QStringLiteral("no visible focus on: ") +
                                             invisible.join(QStringLiteral(", "))));
}

void KeyboardFlowTest::f1ListsEveryShortcutOfTheWindow()
{
    MainWindow window;
    showAndActivate(window);
    const auto listed = window.shortcutList();
    QList<QKeySequence> keys;
    for (const auto& [sequence, what] : listed) {
        QVERIFY(!sequence.isEmpty());
        QVERIFY(!what.isEmpty());
        keys << sequence;
    }
    // Every shortcut of every action of the window is in the help, so nothing is hidden.
    for (QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& shortcut : action->shortcuts())
            QVERIFY2(keys.contains(shortcut),
                     qPrintable(shortcut.toString() + QStringLiteral(" (") + action->text() +
                                QStringLiteral(") is missing from the F1 help")));
    }
    // F1 opens it; Escape closes it (no trap in the dialog).
    bool shown = false;
    QTimer::singleShot(0, &window, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        shown = box != nullptr && box->text().contains(QStringLiteral("Ctrl+F"));
        if (box)
            QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(shown);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void KeyboardFlowTest::f10OpensTheMenuBar()
{
    MainWindow window;
    showAndActivate(window);
    QTest::keyClick(&window, Qt::Key_F10);
    QVERIFY(window.menuBar()->activeAction() != nullptr);
    QCOMPARE(window.menuBar()->activeAction(), window.menuBar()->actions().first());
}

void KeyboardFlowTest::compareEditAndRescoreWithTheKeyboard()
{
    MainWindow window;
    wire(window);
    // The application's scoring, faked: the probability falls as the income rises, so a
    // rescore is visible in the result.
    ScenarioScoring scoring;
    scoring.score = [](const nlohmann::json& record) {
        ScenarioScore result;
        credit::explain::Explanation explanation = testing::refusedExplanation();
        const double income = record.value("AMT_INCOME_TOTAL", 100000.0);
        explanation.probability = income >= 300000.0 ? 0.05 : 0.231;
        explanation.decision = explanation.probability < explanation.threshold
                                   ? credit::explain::Decision::Grant
                                   : credit::explain::Decision::Refuse;
        result.explanation = explanation;
        return result;
    };
    window.scenarioEditor()->setScoring(scoring);
    window.scenarioEditor()->setOriginal(
        {{"SK_ID_CURR", 100002}, {"AMT_INCOME_TOTAL", 202500.0}, {"AMT_CREDIT", 406597.5}});
    showAndActivate(window);

    // Find the client, then walk the client tabs with the keyboard: their tab bar is a tab stop,
    // and Right moves to the next tab (Comparer, then Modifier le dossier).
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(window.finder()->searchBox(), QStringLiteral("100002"));
    QTest::keyClick(window.finder()->searchBox(), Qt::Key_Return);
    QVERIFY(window.gauge()->hasScore());
    QTabWidget* tabs = window.clientTabs();
    QWidget* tabBar = nullptr;
    for (int press = 0; press < 40 && !tabBar; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget()->parentWidget() == tabs &&
            QApplication::focusWidget()->inherits("QTabBar"))
            tabBar = QApplication::focusWidget();
    }
    QVERIFY2(tabBar, "the client tabs (Explication, Comparer, ...) are not reachable with Tab");
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(tabBar, Qt::Key_Right);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.comparison()));
    // The comparison chart is a tab stop with a name.
    QTest::keyClick(tabBar, Qt::Key_Tab);
    QVERIFY(window.comparison()->isAncestorOf(QApplication::focusWidget()));
    QAccessibleInterface* chart =
        QAccessible::queryAccessibleInterface(window.comparison()->chart());
    QVERIFY(chart && !chart->text(QAccessible::Name).isEmpty());

    // Back to the tab bar, on to the editor, type a new income, and the scenario is rescored.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    for (int press = 0; press < 10 && QApplication::focusWidget() != tabBar; ++press)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), tabBar);
    QTest::keyClick(tabBar, Qt::Key_Right);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.scenarioEditor()));
    QLineEdit* income = window.scenarioEditor()->numberEditor("AMT_INCOME_TOTAL");
    QVERIFY(income);
    for (int press = 0; press < 60 && QApplication::focusWidget() != income; ++press)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(income));
    QTest::keyClick(income, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(income, QStringLiteral("350000"));
    QTest::keyClick(income, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.scenarioEditor()->scenarioScore().has_value() &&
                                 window.scenarioEditor()->scenarioScore()->probability < 0.1,
                             3000);
    QVERIFY(window.scenarioEditor()->edits().count("AMT_INCOME_TOTAL"));
}

QTEST_MAIN(KeyboardFlowTest)
#include "KeyboardFlowTest.moc"
