// credit-advisor: the advisors' desktop application. Entry point only; the window lives in ui/.
#include "window/MainWindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("credit-advisor"));
    QApplication::setOrganizationName(QStringLiteral("Pret a depenser"));
    QApplication::setApplicationVersion(QStringLiteral(CREDIT_VERSION));

    credit::ui::MainWindow window(credit::ui::UiPreferences::load(QSettings()));
    window.setPortfolio({}, credit::ui::PortfolioOrigin::SyntheticDemo);
    window.show();
    return QApplication::exec();
}
