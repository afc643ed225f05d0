// The desktop app in server mode (data/source = server), measured the way an advisor feels it
// against a running credit-scoring-server (offscreen platform, loopback):
//  1. start to the server's first page in the list (window shown, /v1/clients answered);
//  2. client selection to the visible tab painted: GET /v1/clients/{id} (the server's file and
//     score), panels updated, window laid out and painted (QWidget::grab);
//  3. last keystroke in the search box to the updated list painted, typing a client number one
//     key every --key-gap-ms: the 150 ms pause before the server is asked is included;
//  4. the process's peak resident memory (no portfolio is held on the workstation).
// Usage: advisor_server_mode_benchmark --server URL --key KEY [--clients 60] [--searches 30]
//        [--pages 5] [--key-gap-ms 80]
#include "BenchSupport.h"
#include "app/AdvisorController.h"
#include "app/AdvisorSettings.h"
#include "app/ServerClientSource.h"
#include "models/PortfolioModel.h"
#include "models/ServerPortfolioModel.h"
#include "service/ScoringService.h"
#include "widgets/ClientFinder.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
}

void report(const char* what, const std::vector<double>& values)
{
    std::printf("%s, %zu samples: median %.1f ms, p95 %.1f ms, max %.1f ms\n", what, values.size(),
                quantile(values, 0.5), quantile(values, 0.95),
                *std::max_element(values.begin(), values.end()));
}

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
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("server URL"),
                                    QStringLiteral("URL"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("advisor key"),
                                 QStringLiteral("KEY"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("selections"),
                                     QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption searches(QStringLiteral("searches"), QStringLiteral("searches"),
                                      QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("pages to scroll"),
                                   QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption keyGap(QStringLiteral("key-gap-ms"),
                                    QStringLiteral("time between keystrokes"), QStringLiteral("MS"),
                                    QStringLiteral("80"));
    parser.addOptions({server, key, clients, searches, pages, keyGap});
    parser.process(application);
    if (!parser.isSet(server) || !parser.isSet(key)) {
        std::fprintf(stderr, "usage: advisor_server_mode_benchmark --server URL --key KEY\n");
        return 2;
    }

    credit::ui::AdvisorSettings settings;
    settings.dataSource = credit::ui::DataSource::Server;
    settings.apiUrl = parser.value(server);
    settings.apiKey = parser.value(key);
    settings.mode = credit::service::ScoringMode::RemoteOnly;
    credit::ui::MainWindow window;
    credit::service::ScoringService service(settings.serviceConfig(QStringLiteral("fr")));
    credit::ui::AdvisorController controller(window, service);
    controller.setSettings(settings);
    window.resize(1440, 900);
    window.show();
    QSignalSpy loaded(&controller, &credit::ui::AdvisorController::portfolioLoaded);
    controller.openServer();
    if (!loaded.wait(60000)) {
        std::fprintf(stderr, "the server's list did not arrive\n");
        return 1;
    }
    window.grab();
    const double firstPageMs = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;

    // A few pages loaded, as after scrolling, so selections spread over them.
    auto& model = controller.serverSource()->model();
    for (int page = 1; page < parser.value(pages).toInt() && model.canFetchMore({}); ++page) {
        model.fetchMore({});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        if (!inserted.wait(30000)) {
            std::fprintf(stderr, "page %d did not arrive\n", page + 1);
            return 1;
        }
    }

    std::vector<double> selections;
    QSignalSpy shown(&controller, &credit::ui::AdvisorController::clientShown);
    const int rows = model.rowCount();
    for (int i = 0; i < parser.value(clients).toInt(); ++i) {
        const long long id = model.index((i * 7919) % rows, 0)
                                 .data(credit::ui::PortfolioModel::ClientIdRole)
                                 .toLongLong();
        QElapsedTimer timer;
        timer.start();
        if (!credit::bench::selectAndWaitShown(*window.finder(), shown, id))
            return 1;
        window.grab();
        selections.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

    // Typing a client number: from the last keystroke to the one-row list painted.
    std::vector<long long> targets;
    for (int i = 0; i < parser.value(searches).toInt(); ++i)
        targets.push_back(model.index((i * 104729 + 17) % model.rowCount(), 0)
                              .data(credit::ui::PortfolioModel::ClientIdRole)
                              .toLongLong());
    std::vector<double> keystrokes;
    QLineEdit* search = window.finder()->searchBox();
    QSignalSpy refreshed(&model, &credit::ui::ServerPortfolioModel::refreshed);
    const int gapMs = parser.value(keyGap).toInt();
    for (const long long id : targets) {
        search->clear();
        for (int waited = 0;
             (model.loading() || !model.query().idPrefix.isEmpty()) && waited < 30000; waited += 10)
            QTest::qWait(10);
        QTest::qWait(300);
        refreshed.clear();
        search->setFocus();
        const QString text = QString::number(id);
        QElapsedTimer timer;
        for (const QChar character : text) {
            QTest::keyClick(search, character.toLatin1());
            timer.start();
            QTest::qWait(gapMs);
        }
        // The wait after the last key is part of the measure: the list updates on its own.
        const auto done = [&] {
            return model.query().idPrefix == text && !model.loading() && !refreshed.isEmpty() &&
                   model.rowCount() >= 1 &&
                   model.index(0, 0).data(credit::ui::PortfolioModel::ClientIdRole).toLongLong() ==
                       id;
        };
        while (!done() && timer.elapsed() < 30000)
            QTest::qWait(1);
        if (!done()) {
            std::fprintf(stderr, "search for %lld did not settle\n", id);
            return 1;
        }
        window.finder()->grab();
        keystrokes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("server: %s, %lld clients\n", qPrintable(parser.value(server)),
                model.totalClients());
    std::printf("start -> first page of the server's list painted: %.0f ms\n", firstPageMs);
    report("selection -> visible tab painted (server's file and score)", selections);
    report("last keystroke -> list showing the client painted (150 ms typing pause included)",
           keystrokes);
    std::printf("peak resident memory: %ld MB\n", credit::bench::peakResidentMegabytes());
    return 0;
}
