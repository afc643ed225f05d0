#pragma once

#include "common/LocalizedText.h"
#include "service/ApiExchange.h"
#include "service/ServerRecords.h"

#include <QObject>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace credit::service {
class OutboxSender;
class RecordsClient;
} // namespace credit::service
namespace credit::store {
class DraftStore;
class LocalStore;
class Outbox;
struct OutboxEntry;
struct DecisionEntry;
} // namespace credit::store

namespace credit::ui {

class DecisionHistoryModel;
class DraftKeeper;
class MainWindow;
class ServerComparisonFeed;
class ServerScenarioRepository;
class ServerPortfolioModel;

// Server mode's client files (data/source = server): the list is the server's paged search, and
// opening a client fetches their file and the server's score, shown as the window shows a local
// one. Nothing of other clients is read or kept on the workstation. One number per decision: the
// probability shown is the server's. Answers for a client the advisor has already left are
// dropped.
class ServerClientSource : public QObject {
    Q_OBJECT
public:
    // `store` (not owned, may be null) keeps the outbox of decisions for the server; without it
    // decisions cannot be recorded in server mode (the window says so).
    ServerClientSource(MainWindow& window, service::RemoteSettings settings,
                       store::LocalStore* store, QObject* parent = nullptr);
    ~ServerClientSource() override;

    // Puts the server's list in the window and asks for its first page and the model identity.
    void start();
    void openClient(long long clientId);
    // The server words its reasons in one language: the next answers follow the advisor's.
    void setLanguage(const QString& language);

    service::RecordsClient& records() const { return *m_records; }
    ServerPortfolioModel& model() const { return *m_model; }
    // The shown client's decisions on the server (the Decision tab's history).
    DecisionHistoryModel& history() const { return *m_history; }
    const service::RemoteSettings& settings() const;
    // The model the server scores with, once /v1/model answered.
    const std::optional<service::ServerModelIdentity>& serverModel() const { return m_serverModel; }
    // "Serveur http://…", the model version and what waits to be sent, for the status bar.
    LocalizedText description() const;

    // Queues the advisor's decision for the server (outbox) and starts sending; returns the
    // outbox entry. Throws store::StoreError when the outbox cannot keep it.
    qint64 queueDecision(const store::DecisionEntry& decision);
    // Outbox entries not yet accepted or refused by the server (-1: store unreadable).
    int pendingCount() const;
    service::OutboxSender* sender() const { return m_sender; }

signals:
    void listShown(int rows);
    void clientShown(long long clientId);
    void clientFailed(long long clientId, const credit::LocalizedText& problem);
    void problem(const credit::LocalizedText& problem);
    // Something the advisor should know that is not a failure (a draft put back).
    void notice(const credit::LocalizedText& text);
    void descriptionChanged();

private:
    MainWindow& m_window;
    service::RecordsClient* m_records = nullptr;
    ServerPortfolioModel* m_model = nullptr;
    DecisionHistoryModel* m_history = nullptr;
    std::optional<long long> m_shownClient;
    nlohmann::json m_shownOriginal; // the shown client's file as the server gave it
    void refreshHistory();
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<store::DraftStore> m_drafts;
    DraftKeeper* m_draftKeeper = nullptr;            // child, with m_drafts
    service::OutboxSender* m_sender = nullptr;       // child, with m_outbox
    ServerComparisonFeed* m_comparison = nullptr;    // child, from start()
    ServerScenarioRepository* m_scenarios = nullptr; // child, with m_outbox
    void refreshScenarios();
    void refreshShownScore();
    void applicationStored(const store::OutboxEntry& entry, const QByteArray& answer);
    quint64 m_openTicket = 0;
    bool m_sendingInterrupted = false; // the outbox met an unreachable server since it last emptied
    std::optional<service::ServerModelIdentity> m_serverModel;
};

} // namespace credit::ui
