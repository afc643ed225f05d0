// credit-advisor: the advisors' desktop application. Entry point only; the window lives in ui/.
#include "window/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <string_view>

int main(int argc, char* argv[])
{
    // --version and --help are answered before QApplication exists so that they work on a machine
    // without a display (install checks, IT scripts). --smoke-test exits 0 once the main window is
    // shown: the install test's proof that the installed application starts.
    bool smokeTest = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--version") {
            std::printf("credit-advisor %s\n", CREDIT_VERSION);
            return 0;
        }
        if (argument == "--help") {
            std::printf("Usage: credit-advisor [--version] [--help] [--smoke-test]\n");
            return 0;
        }
        smokeTest = smokeTest || argument == "--smoke-test";
    }

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("credit-advisor"));
    QApplication::setOrganizationName(QStringLiteral("Pret a depenser"));
    QApplication::setApplicationVersion(QStringLiteral(CREDIT_VERSION));

    credit::ui::MainWindow window(credit::ui::UiPreferences::load(QSettings()));
    window.setPortfolio({}, credit::ui::PortfolioOrigin::SyntheticDemo);
    window.show();
    if (smokeTest)
        QTimer::singleShot(0, &application,
                           [&window] { QApplication::exit(window.isVisible() ? 0 : 1); });
    return QApplication::exec();
}
