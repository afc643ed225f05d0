// credit-advisor: the advisors' desktop application. Entry point only: it finds the model bundle
// and the portfolio, then hands over to the window (ui/window) and its controller (ui/app).
#include "app/AdvisorController.h"
#include "app/AdvisorSettings.h"
#include "app/StartupSmokeCheck.h"
#include "service/ScoringService.h"
#include "widgets/ClientFinder.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string_view>

namespace {

// Where the demo data and bundle may live, most specific first: next to the executable once
// installed (relocatable), the configured install prefix, then this build tree.
QStringList shareFolders()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../share/credit-scoring")),
            QStringLiteral(CREDIT_INSTALLED_SHARE_DIR), QStringLiteral(CREDIT_BUILD_TREE_DIR)};
}

QString firstExisting(const QStringList& candidates)
{
    for (const QString& candidate : candidates)
        if (!candidate.isEmpty() && QFileInfo::exists(candidate))
            return candidate;
    return {};
}

QString findUnder(const QString& relative)
{
    QStringList candidates;
    for (const QString& folder : shareFolders())
        candidates << folder + QLatin1Char('/') + relative;
    return firstExisting(candidates);
}

// --help and --version must answer on a machine with no display (a server, an install check over
// ssh): QApplication would abort there before the parser runs, so they are answered first with a
// window-system-free QCoreApplication.
bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" ||
            argument == "--help-all" || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("credit-advisor"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pret a depenser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDIT_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (asksOnlyForText(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    describeApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Credit scoring for client advisors: find a client, see the score and its reasons."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Home Credit folder to open."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption bundleOption(QStringLiteral("bundle"),
                                          QStringLiteral("Model bundle (.csbundle) to score with."),
                                          QStringLiteral("FILE"));
    // For the README's quick-start check and packaging/test-install.sh.
    const QCommandLineOption smokeTestOption(
        QStringLiteral("smoke-test"),
        QStringLiteral("Exit with status 0 once the main window is shown, the portfolio is loaded "
                       "and the first client's explanation is shown; status 1, with what did not "
                       "happen, on an error or after the time limit."));
    const QCommandLineOption smokeTimeoutOption(
        QStringLiteral("smoke-test-timeout"),
        QStringLiteral("Time limit of --smoke-test in seconds (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOption(dataOption);
    parser.addOption(bundleOption);
    parser.addOption(smokeTestOption);
    parser.addOption(smokeTimeoutOption);
    parser.process(*application); // --version and --help print and exit here
    bool timeoutIsNumber = false;
    const int smokeTimeout = parser.value(smokeTimeoutOption).toInt(&timeoutIsNumber);
    if (!timeoutIsNumber || smokeTimeout <= 0) {
        std::fprintf(stderr,
                     "credit-advisor: --smoke-test-timeout needs a positive number of "
                     "seconds, not '%s'\n",
                     qPrintable(parser.value(smokeTimeoutOption)));
        return 2;
    }

    QSettings stored;
    credit::ui::AdvisorSettings settings = credit::ui::AdvisorSettings::load(stored);
    credit::ui::MainWindow window(credit::ui::UiPreferences::load(stored));
    credit::service::ScoringService service(settings.serviceConfig(window.preferences().language));
    credit::ui::AdvisorController controller(window, service);
    controller.setSettings(settings);

    // Command line, then settings, then the installed or build-tree demo.
    const QString bundle =
        parser.isSet(bundleOption)
            ? parser.value(bundleOption)
            : (!settings.bundlePath.isEmpty() ? settings.bundlePath
                                              : findUnder(QStringLiteral("models/demo.csbundle")));
    const QString data = parser.isSet(dataOption) ? parser.value(dataOption)
                                                  : (!settings.dataFolder.isEmpty()
                                                         ? settings.dataFolder
                                                         : findUnder(QStringLiteral("demo-data")));

    if (!bundle.isEmpty() && settings.mode != credit::service::ScoringMode::RemoteOnly)
        service.openBundle(bundle.toStdString()); // a bad bundle leaves a message in the status
    // Most of the screen: the list and the explanation both need room.
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        window.resize(screen->availableGeometry().size() * 0.92);
    window.show();
    std::unique_ptr<credit::ui::StartupSmokeCheck> smokeCheck;
    if (parser.isSet(smokeTestOption)) {
        smokeCheck = std::make_unique<credit::ui::StartupSmokeCheck>(
            window, controller, std::chrono::seconds(smokeTimeout));
        QObject::connect(smokeCheck.get(), &credit::ui::StartupSmokeCheck::finished,
                         [](bool passed, const QString& report) {
                             std::fprintf(passed ? stdout : stderr, "smoke test %s: %s\n",
                                          passed ? "passed" : "FAILED", qPrintable(report));
                             std::fflush(nullptr);
                             QCoreApplication::exit(passed ? 0 : 1);
                         });
        smokeCheck->start();
    }
    // Show a client as soon as the list is there, so the advisor sees a score at once.
    QObject::connect(&controller, &credit::ui::AdvisorController::portfolioLoaded, &window,
                     [&window](int clients) {
                         QTableView* list = window.finder()->list();
                         if (clients > 0 && !list->currentIndex().isValid()) {
                             list->setFocus();
                             list->setCurrentIndex(list->model()->index(0, 0));
                         }
                     });
    if (settings.dataSource == credit::ui::DataSource::Server) {
        // The bank's server holds the client files: no folder is read on this workstation.
        QTimer::singleShot(0, &controller, [&controller] { controller.openServer(); });
    } else if (!data.isEmpty()) {
        // After the first paint, so the window is interactive while the folder loads.
        QTimer::singleShot(0, &controller, [&controller, data] { controller.openPortfolio(data); });
    } else {
        window.setPortfolio({}, credit::ui::PortfolioOrigin::RealData);
        window.statusBar()->showMessage(QCoreApplication::translate(
            "main",
            "Aucun portefeuille trouvé : ouvrez un dossier Home Credit avec Fichier > Ouvrir…"));
        if (smokeCheck) {
            // Queued: exit() only ends an event loop that is already running.
            QTimer::singleShot(0, smokeCheck.get(), [&smokeCheck] {
                smokeCheck->fail(QStringLiteral(
                    "no portfolio found (no --data, no paths/data setting, no demo-data folder "
                    "next to the program, in the install prefix or in the build tree)"));
            });
        }
    }
    return QApplication::exec();
}
