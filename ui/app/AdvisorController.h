#pragma once

#include "app/AdvisorSettings.h"
#include "data/HomeCreditDataset.h"
#include "decision/ReviewQueueDialog.h"
#include "explain/ClientFacts.h"
#include "explain/PortfolioEntry.h"
#include "features/ClientRecord.h"
#include "window/PortfolioOrigin.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QProgressDialog;
class QTimer;

namespace credit::population {
class Population;
class ReferenceStatistics;
} // namespace credit::population
namespace credit::store {
class LocalStore;
}

namespace credit::service {
class ScoringService;
struct ScoringStatus;
} // namespace credit::service

namespace credit::ui {

class MainWindow;
class ReviewQueueDialog;
class ServerClientSource;
class ServiceScenarioScoring;

// Wires the window to core: loads a Home Credit folder on a worker thread (cancellable progress
// dialog), scores the whole list in one batch when a local model is loaded, and on each client
// selection cuts the client's file out of the portfolio, asks the scoring service for the
// explanation and shows it with the client's facts. The window stays a pure view.
class AdvisorController : public QObject {
    Q_OBJECT
public:
    AdvisorController(MainWindow& window, service::ScoringService& service,
                      QObject* parent = nullptr);
    ~AdvisorController() override;

    // Loads `path` (a Home Credit folder, or any file inside one). `showProgress` false keeps
    // the progress dialog away (tests and benchmarks). Emits portfolioLoaded or loadFailed.
    void openPortfolio(const QString& path, std::optional<PortfolioOrigin> origin = std::nullopt,
                       bool showProgress = true);
    bool isLoading() const { return m_loading; }
    // Server mode (data/source = server): the list and client files come from the bank's server
    // at the settings' address, with the settings' key. Emits portfolioLoaded with the first
    // page's rows, or loadFailed.
    void openServer();
    ServerClientSource* serverSource() const { return m_serverSource; }
    // The supervisors' review dialog while it is open (server mode).
    ReviewQueueDialog* reviewDialog() const { return m_reviewDialog; }
    std::size_t clientCount() const;

    // The client's one-applicant file, as the service receives it; nullopt for an unknown id.
    std::optional<features::ClientRecord> clientRecord(long long clientId) const;
    std::optional<long long> shownClient() const { return m_shownClient; }

    // Applies the settings dialog's choices (and stores them).
    void applySettings(const AdvisorSettings& settings);
    // The local store of scenarios and decisions; null when it could not be opened.
    store::LocalStore* localStore() const { return m_store.get(); }
    // Opens (or reopens) the local store at `path`; the advisor is told about a recovery.
    void openLocalStore(const QString& path);
    const AdvisorSettings& settings() const { return m_settings; }
    void setSettings(const AdvisorSettings& settings) { m_settings = settings; }

signals:
    void portfolioLoaded(int clients);
    void loadFailed(const QString& message);
    void clientShown(long long clientId);
    void clientFailed(long long clientId, const QString& message);

private:
    struct Portfolio;
    void onClientSelected(long long clientId);
    void onScored(quint64 ticket, long long clientId, const explain::Explanation& explanation);
    void onScoreFailed(quint64 ticket, long long clientId, const LocalizedText& message);
    void onStatusChanged(const service::ScoringStatus& status);
    void showScoringSource(const service::ScoringStatus& status);
    void showDataSource();
    void closeServer();
    // The service configuration of the settings, remote-only while in server mode.
    service::ScoringServiceConfig serviceConfig() const;
    void openReviewQueue();
    void onLoadFinished(std::shared_ptr<Portfolio> portfolio, std::optional<LocalizedText> error,
                        bool cancelled);
    // Shows a problem in the status bar in the advisor's language and keeps it, so that a
    // language switch words it again while it is still the message shown.
    void showProblem(const LocalizedText& problem);
    // The same for a message worded on demand (tr() and a language), kept as its wording.
    void showProblem(std::function<QString()> wording);
    QString inLanguage(const LocalizedText& text) const;
    void retranslateShownProblem();
    void openSettingsDialog();
    void rescoreList();
    // Fills the "Modèle" page when the service's engine changes (opened, replaced, closed).
    void showModelCard();
    void refreshComparisonSources();
    // The scenario editor scores with the local model when the list does, else through the
    // service (the scoring API); changed only when that choice or the model changes.
    void refreshScenarioScoring();

    MainWindow& m_window;
    service::ScoringService& m_service;
    AdvisorSettings m_settings;

    std::shared_ptr<Portfolio> m_portfolio;
    bool m_loading = false;
    std::shared_ptr<std::atomic<bool>> m_cancelLoad;
    QPointer<QProgressDialog> m_progress;
    QTimer* m_progressPoll = nullptr;
    std::shared_ptr<std::atomic<int>> m_progressPermille;

    quint64 m_currentTicket = 0;
    std::optional<long long> m_pendingClient;
    std::optional<explain::ClientFacts> m_pendingFacts;
    std::optional<long long> m_shownClient;
    const void* m_cardEngine = nullptr;      // the engine the model page describes
    std::function<QString()> m_shownProblem; // words the problem in the current language
    QString m_shownProblemText; // as shown, to know whether it is still the status bar's message
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<population::Population> m_population;         // over m_portfolio's rows
    std::unique_ptr<population::ReferenceStatistics> m_reference; // from the model bundle
    ServiceScenarioScoring* m_serviceScenarioScoring = nullptr;   // child
    ServerClientSource* m_serverSource = nullptr;                 // child, server mode only
    QPointer<ReviewQueueDialog> m_reviewDialog;
    QString m_connectingMessage;                 // shown until the server's first page arrives
    std::optional<const void*> m_scenarioEngine; // engine the editor scores with (null: service)
};

} // namespace credit::ui
