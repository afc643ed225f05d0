#pragma once

#include "document/ScenarioRepository.h"
#include "service/ServerRecords.h"

#include <QObject>

#include <map>

namespace credit::store {
class Outbox;
}

namespace credit::ui {

// Server mode's scenario documents: the bank's server holds them, the workstation only what it
// has not sent yet. Saving writes the request to the local outbox (always possible, kept across
// a crash) and returns at once; service::OutboxSender sends it with its idempotency key, so a
// resend never makes a copy. The list joins the client's scenarios as the server last listed
// them (setServerScenarios, fed by the presenter that fetched them) with this workstation's
// outbox entries not listed yet, each with its state. New applications are the outbox's
// application entries (sent, waiting or refused); once sent, the server's file is opened from
// the client list like any other.
class ServerScenarioRepository : public QObject, public ScenarioRepository {
    Q_OBJECT
public:
    explicit ServerScenarioRepository(store::Outbox& outbox, QObject* parent = nullptr);

    // The scenarios the server listed for `clientId`, with the client's file they edit (the
    // record the app shows). Replaces what was known of that client.
    void setServerScenarios(const QString& clientId, const nlohmann::json& original,
                            std::vector<service::ServerScenario> scenarios);

    std::vector<SavedScenarioSummary> list(ScenarioKind kind,
                                           const QString& clientId) const override;
    std::optional<SavedScenario> load(const SavedScenarioKey& key) const override;
    // Throws LocalizedError when the outbox cannot keep it (the local store is unwritable).
    SavedScenarioKey save(const SavedScenario& scenario) override;

signals:
    // A request was written to the outbox: send it.
    void queued(qint64 entry);

private:
    struct KnownClient {
        nlohmann::json original;
        std::vector<service::ServerScenario> scenarios;
    };

    store::Outbox& m_outbox;
    std::map<QString, KnownClient> m_clients; // client id -> what the server listed
};

} // namespace credit::ui
