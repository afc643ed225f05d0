#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace credit::ui {

class AdvisorController;
class MainWindow;

// What `credit-advisor --smoke-test` waits for before it may say the app works: the main window
// is shown, the portfolio has loaded, and the first client's explanation is on screen (score on
// the gauge). It fails at once when the load or the scoring fails, and after `limit` with the
// steps that did not happen, so an install check or the README's quick start never passes on a
// window that merely opened. The result comes once, through finished().
class StartupSmokeCheck : public QObject {
    Q_OBJECT
public:
    StartupSmokeCheck(MainWindow& window, AdvisorController& controller, std::chrono::seconds limit,
                      QObject* parent = nullptr);

    // Starts the clock; call after window.show(). The result never comes from inside start().
    void start();
    // Ends the check now as a failure (e.g. no portfolio to open was found).
    void fail(const QString& reason);

    bool isFinished() const { return m_finished; }

signals:
    // passed: every step happened; report: one line saying what happened or what did not.
    void finished(bool passed, const QString& report);

private:
    void onPortfolioLoaded(int clients);
    void onClientShown(long long clientId);
    void onTimeout();
    void finish(bool passed, const QString& report);
    QString missingSteps() const;

    MainWindow& m_window;
    AdvisorController& m_controller;
    std::chrono::seconds m_limit;
    QTimer m_deadline;
    std::optional<int> m_clients;
    std::optional<long long> m_shownClient;
    bool m_finished = false;
};

} // namespace credit::ui
