// credit-advisor: the advisors' desktop application. Entry point only; the window lives in ui/.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("credit-advisor"));
    QApplication::setOrganizationName(QStringLiteral("Pret a depenser"));
    QApplication::setApplicationVersion(QStringLiteral(CREDIT_VERSION));

    QMainWindow window;
    window.setWindowTitle(QObject::tr("Conseiller crédit"));
    auto* placeholder = new QLabel(QObject::tr("Données de démonstration synthétiques"), &window);
    placeholder->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(placeholder);
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
