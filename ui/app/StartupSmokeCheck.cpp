#include "app/StartupSmokeCheck.h"

#include "app/AdvisorController.h"
#include "models/PortfolioModel.h"
#include "widgets/ClientFinder.h"
#include "widgets/ScoreGauge.h"
#include "window/MainWindow.h"

#include <QTableView>

namespace credit::ui {

// The report is for whoever runs the check (a terminal, a CI log, an install test), not for the
// advisor: plain English, like the program's --help.
StartupSmokeCheck::StartupSmokeCheck(MainWindow& window, AdvisorController& controller,
                                     std::chrono::seconds limit, QObject* parent)
    : QObject(parent), m_window(window), m_controller(controller), m_limit(limit)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &StartupSmokeCheck::onTimeout);
    connect(&controller, &AdvisorController::portfolioLoaded, this,
            &StartupSmokeCheck::onPortfolioLoaded);
    connect(&controller, &AdvisorController::loadFailed, this, [this](const QString& message) {
        finish(false, QStringLiteral("the portfolio did not load: %1").arg(message));
    });
    connect(&controller, &AdvisorController::clientShown, this, &StartupSmokeCheck::onClientShown);
    connect(&controller, &AdvisorController::clientFailed, this,
            [this](long long clientId, const QString& message) {
                finish(
                    false,
                    QStringLiteral("client %1 could not be scored: %2").arg(clientId).arg(message));
            });
}

void StartupSmokeCheck::start()
{
    m_deadline.start(m_limit);
    // Looked at once the event loop runs, so whoever ends the program on finished() can.
    QTimer::singleShot(0, this, [this] {
        if (!m_window.isVisible())
            finish(false, QStringLiteral("the main window was not shown"));
    });
}

void StartupSmokeCheck::fail(const QString& reason)
{
    finish(false, reason);
}

void StartupSmokeCheck::onPortfolioLoaded(int clients)
{
    m_clients = clients;
    if (clients <= 0)
        finish(false, QStringLiteral("the portfolio loaded but holds no client"));
}

void StartupSmokeCheck::onClientShown(long long clientId)
{
    if (!m_clients)
        return; // a client shown before the portfolio finished loading is not the first one
    m_shownClient = clientId;
    const QTableView* list = m_window.finder()->list();
    const QModelIndex first = list->model()->index(0, 0);
    const long long firstClient = first.data(PortfolioModel::ClientIdRole).toLongLong();
    if (clientId != firstClient) {
        finish(false, QStringLiteral("client %1 was shown, but the first client of the list is %2")
                          .arg(clientId)
                          .arg(firstClient));
        return;
    }
    if (!m_window.isVisible() || !m_window.gauge()->hasScore()) {
        finish(false, QStringLiteral("client %1 was scored but its explanation is not on screen")
                          .arg(clientId));
        return;
    }
    finish(true, QStringLiteral("main window shown, %1 clients loaded, client %2 explained (%3)")
                     .arg(*m_clients)
                     .arg(clientId)
                     .arg(m_window.gauge()->valueText()));
}

QString StartupSmokeCheck::missingSteps() const
{
    if (!m_window.isVisible())
        return QStringLiteral("the main window is not shown");
    if (!m_clients)
        return m_controller.isLoading() ? QStringLiteral("the portfolio is still loading")
                                        : QStringLiteral("no portfolio load finished");
    return QStringLiteral("no client explanation was shown (%1 clients loaded)").arg(*m_clients);
}

void StartupSmokeCheck::onTimeout()
{
    finish(false, QStringLiteral("after %1 s: %2").arg(m_limit.count()).arg(missingSteps()));
}

void StartupSmokeCheck::finish(bool passed, const QString& report)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    emit finished(passed, report);
}

} // namespace credit::ui
