// Desktop app speed, measured the way an advisor feels it (offscreen platform):
//  1. start to an interactive window: bundle opened, window shown and painted;
//  2. start to the demo list filled (folder loaded on a worker thread and batch-scored), with the
//     GUI thread's longest stall meanwhile and the process's peak resident memory;
//  3. client selection to the visible tab (Explanation) painted: extract, explain on the worker,
//     panels updated, window laid out and painted (QWidget::grab: the whole window, as on the
//     first frame after the selection);
//     3b. the same without the forced whole-window render: selection to the frames Qt paints by
//     itself (only what changed), as the screen receives them;
//  4. switching to another tab after a selection: the Comparison tab shown and painted (it
//     brings itself up to date when shown), for the same clients;
//  5. with --pause-ms N (an advisor reading the file before the next click): selection to the
//     counterfactual suggestions shown, the search running on its worker off the selection path.
// Usage: advisor_app_benchmark --data DIR --bundle FILE [--clients 50] [--pause-ms 0]
// A plain QElapsedTimer program rather than Google Benchmark: the quantities are one-off
// latencies of an event-driven GUI, not loops of a pure function.
#include "BenchSupport.h"
#include "app/AdvisorController.h"
#include "models/PortfolioModel.h"
#include "scenario/ScenarioEditor.h"
#include "service/ScoringService.h"
#include "widgets/ClientFinder.h"
#include "widgets/ComparisonView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

// Counts UpdateRequest events on the window it filters: each is one frame in which Qt's repaint
// manager paints the regions that changed and flushes them to the platform.
class FrameCounter : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::UpdateRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("folder"),
                                  QStringLiteral("DIR"));
    const QCommandLineOption bundle(QStringLiteral("bundle"), QStringLiteral("bundle"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("selections"),
                                     QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption pause(QStringLiteral("pause-ms"),
                                   QStringLiteral("wait between selections"), QStringLiteral("N"),
                                   QStringLiteral("0"));
    parser.addOptions({data, bundle, clients, pause});
    parser.process(application);
    if (!parser.isSet(data) || !parser.isSet(bundle)) {
        std::fprintf(stderr,
                     "usage: advisor_app_benchmark --data DIR --bundle FILE [--clients N]\n");
        return 2;
    }

    credit::ui::MainWindow window;
    credit::service::ScoringService service;
    if (const auto problem = service.openBundle(parser.value(bundle).toStdString())) {
        std::fprintf(stderr, "%s\n", problem->en.c_str());
        return 1;
    }
    credit::ui::AdvisorController controller(window, service);
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();
    window.grab(); // force a full paint, as the first frame on screen
    const double interactiveMs = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;

    // The GUI thread's longest stall while the folder loads and the list is scored: a 5 ms timer
    // that cannot fire while the event loop is blocked; the longest gap between its ticks.
    QElapsedTimer sinceTick;
    double longestStallMs = 0;
    QTimer stallWatch;
    stallWatch.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stallWatch, &QTimer::timeout, [&] {
        longestStallMs =
            std::max(longestStallMs, static_cast<double>(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QSignalSpy loaded(&controller, &credit::ui::AdvisorController::portfolioLoaded);
    sinceTick.start();
    stallWatch.start(5);
    controller.openPortfolio(parser.value(data), std::nullopt, false);
    if (!loaded.wait(600000)) {
        std::fprintf(stderr, "portfolio did not load\n");
        return 1;
    }
    QApplication::processEvents();
    stallWatch.stop();
    const double listMs = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;

    // Sorting and filtering the whole list, as the advisor does it: a header click on each
    // column (both orders), typing a digit into the search and clearing it, and the decision
    // filter; each timed to the list repainted.
    double longestSortMs = 0;
    double longestFilterMs = 0;
    {
        QTableView* list = window.finder()->list();
        const auto timed = [&](auto&& action) {
            QElapsedTimer timer;
            timer.start();
            action();
            list->viewport()->repaint();
            return static_cast<double>(timer.nsecsElapsed()) / 1e6;
        };
        for (int column = credit::ui::PortfolioModel::ColumnCount - 1; column >= 0; --column)
            for (const auto order : {Qt::DescendingOrder, Qt::AscendingOrder})
                longestSortMs =
                    std::max(longestSortMs, timed([&] { list->sortByColumn(column, order); }));
        QLineEdit* search = window.finder()->searchBox();
        for (const QString& text : {QStringLiteral("1"), QStringLiteral("12"), QString()})
            longestFilterMs = std::max(longestFilterMs, timed([&] { search->setText(text); }));
        QComboBox* decision = window.finder()->decisionFilter();
        for (const int choice : {1, 2, 0})
            longestFilterMs =
                std::max(longestFilterMs, timed([&] { decision->setCurrentIndex(choice); }));
    }

    auto* model = window.finder()->model();
    const int selections = std::min(parser.value(clients).toInt(), model->rowCount());
    std::vector<double> latencies;
    std::vector<double> suggestionLatencies;
    const int pauseMs = parser.value(pause).toInt();
    QSignalSpy shown(&controller, &credit::ui::AdvisorController::clientShown);
    QSignalSpy suggested(window.scenarioEditor(), &credit::ui::ScenarioEditor::suggestionsShown);
    for (int i = 0; i < selections; ++i) {
        const int row = (i * 7919) % model->rowCount();
        const long long id =
            model->index(row, 0).data(credit::ui::PortfolioModel::ClientIdRole).toLongLong();
        QElapsedTimer timer;
        suggested.clear();
        timer.start();
        if (!credit::bench::selectAndWaitShown(*window.finder(), shown, id))
            return 1;
        window.grab(); // panels laid out and painted
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (pauseMs > 0) {
            if (suggested.isEmpty() && !suggested.wait(10000)) {
                std::fprintf(stderr, "no suggestions for client %lld\n", id);
                return 1;
            }
            suggestionLatencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            QTest::qWait(std::max(0, pauseMs - static_cast<int>(timer.elapsed())));
        }
    }
    // The same path as the screen sees it: no forced render of the whole window, but the frames
    // Qt paints by itself (the repaint manager paints what changed and flushes it, once per
    // UpdateRequest on the window), until a pass of the event loop paints no further frame.
    // Other clients than above, so no cache of the first loop helps.
    std::vector<double> frameLatencies;
    std::vector<double> shownLatencies; // the part before any painting: explained, panels filled
    {
        FrameCounter frames;
        window.installEventFilter(&frames);
        for (int i = 0; i < selections; ++i) {
            const int row = (i * 7919 + 29) % model->rowCount();
            const long long id =
                model->index(row, 0).data(credit::ui::PortfolioModel::ClientIdRole).toLongLong();
            QElapsedTimer timer;
            timer.start();
            if (!credit::bench::selectAndWaitShown(*window.finder(), shown, id))
                return 1;
            shownLatencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            for (int before = -1; before != frames.count;) {
                before = frames.count;
                QApplication::processEvents();
            }
            frameLatencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        window.removeEventFilter(&frames);
    }
    // Tab switch after a selection: select (untimed), then time the Comparison tab's appearance;
    // back to the Explanation tab untimed.
    std::vector<double> switchLatencies;
    QTabWidget* tabs = window.clientTabs();
    const int explanationTab = tabs->currentIndex();
    const int comparisonTab = tabs->indexOf(window.comparison());
    for (int i = 0; i < selections; ++i) {
        const int row = (i * 7919 + 13) % model->rowCount();
        const long long id =
            model->index(row, 0).data(credit::ui::PortfolioModel::ClientIdRole).toLongLong();
        if (!credit::bench::selectAndWaitShown(*window.finder(), shown, id))
            return 1;
        window.grab();
        QElapsedTimer timer;
        timer.start();
        tabs->setCurrentIndex(comparisonTab);
        window.grab();
        switchLatencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        tabs->setCurrentIndex(explanationTab);
        window.grab();
    }
    std::sort(frameLatencies.begin(), frameLatencies.end());
    std::sort(shownLatencies.begin(), shownLatencies.end());
    std::sort(switchLatencies.begin(), switchLatencies.end());
    std::sort(latencies.begin(), latencies.end());
    std::sort(suggestionLatencies.begin(), suggestionLatencies.end());
    const auto quantile = [](const std::vector<double>& sorted, double q) {
        return sorted[static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1))];
    };
    const auto at = [&](double q) { return quantile(latencies, q); };
    std::printf("clients in list: %d\n", model->rowCount());
    std::printf("start -> interactive window (bundle opened, window painted): %.0f ms\n",
                interactiveMs);
    std::printf("start -> client list filled (load + batch scoring): %.0f ms\n", listMs);
    std::printf("longest GUI-thread stall while loading and scoring (5 ms timer): %.0f ms\n",
                longestStallMs);
    std::printf("peak resident memory: %ld MB\n", credit::bench::peakResidentMegabytes());
    std::printf("sorting the list (each column, both orders), longest to repainted: %.1f ms\n",
                longestSortMs);
    std::printf("filtering the list (search digits, decision filter), longest to repainted: "
                "%.1f ms\n",
                longestFilterMs);
    std::printf("selection -> visible tab painted, %d clients: median %.1f ms, p95 %.1f ms, max "
                "%.1f ms\n",
                selections, at(0.5), at(0.95), latencies.back());
    std::printf("selection -> frames painted as on screen (what changed), %d clients: median "
                "%.1f ms, p95 %.1f ms, max %.1f ms\n",
                selections, quantile(frameLatencies, 0.5), quantile(frameLatencies, 0.95),
                frameLatencies.back());
    std::printf("  of which selection -> explanation shown in the panels, before painting: median "
                "%.1f ms, p95 %.1f ms\n",
                quantile(shownLatencies, 0.5), quantile(shownLatencies, 0.95));
    std::printf("tab switch after a selection -> Comparison tab painted, %d clients: median %.1f "
                "ms, p95 %.1f ms, max %.1f ms\n",
                selections, quantile(switchLatencies, 0.5), quantile(switchLatencies, 0.95),
                switchLatencies.back());
    if (!suggestionLatencies.empty())
        std::printf("selection -> suggestions shown (search on its worker), pause %d ms: median "
                    "%.1f ms, p95 %.1f ms, max %.1f ms\n",
                    pauseMs, quantile(suggestionLatencies, 0.5),
                    quantile(suggestionLatencies, 0.95), suggestionLatencies.back());
    return 0;
}
