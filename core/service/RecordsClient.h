#pragma once

#include "service/ApiExchange.h"
#include "service/ServerRecords.h"

#include <QObject>

#include <functional>
#include <variant>

namespace credit::service {

// What a read of the server gave: the value, or the problem worded for the advisor.
template <typename T> using Fetched = std::variant<T, ApiProblem>;

// The app's reads of the bank's server (the system of record) in server mode: the paged client
// search, a client's file with the server's score, the model identity, a client's decision
// history, the supervisors' review queue and the population aggregates of the comparison view.
// Writes (scenarios, applications, decisions) go through the outbox (store::Outbox,
// service::OutboxSender) so that none is lost offline; they use `post`. Every answer is parsed
// here, in core, and arrives as a plain value.
class RecordsClient : public QObject {
    Q_OBJECT
public:
    explicit RecordsClient(QObject* parent = nullptr);
    ~RecordsClient() override;

    void setSettings(RemoteSettings settings) { m_exchange->setSettings(std::move(settings)); }
    const RemoteSettings& settings() const { return m_exchange->settings(); }

    // Each `done` runs once on this object's thread, unless `context` is destroyed first.
    void listClients(const ClientListQuery& query, const QObject* context,
                     std::function<void(Fetched<ClientPage>)> done);
    void fetchClient(long long clientId, const QObject* context,
                     std::function<void(Fetched<ServerClientFile>)> done);
    void fetchModel(const QObject* context, std::function<void(Fetched<ServerModelIdentity>)> done);
    // The client's scenarios on the server, oldest first.
    void fetchScenarios(long long clientId, const QObject* context,
                        std::function<void(Fetched<std::vector<ServerScenario>>)> done);
    void fetchDecisions(long long clientId, const QObject* context,
                        std::function<void(Fetched<std::vector<ServerDecision>>)> done);
    // Supervisors only (the server answers 403 to an advisor's key).
    // `since`: ISO 8601 time, empty for no bound.
    void fetchReviewQueue(bool overridesOnly, const QString& since, const QString& after, int limit,
                          const QObject* context, std::function<void(Fetched<DecisionPage>)> done);

    // The population aggregates over everyone or a similar group, small cells suppressed by the
    // server. `variable` is a comparison variable key; x and y must be numeric ones.
    void fetchDistribution(const std::string& variable, const population::GroupFilter& group,
                           const QObject* context,
                           std::function<void(Fetched<ServerDistribution>)> done);
    void fetchDensity(const std::string& x, const std::string& y,
                      const population::GroupFilter& group, const QObject* context,
                      std::function<void(Fetched<ServerDensity>)> done);

    // POST `body` to `route` with `idempotencyKey`. Transient failures are retried only with a key
    // (the server then does the work once whatever the number of attempts).
    void post(const QString& route, const QByteArray& body, const QByteArray& idempotencyKey,
              const QObject* context, std::function<void(const ApiOutcome&)> done);

private:
    template <typename T>
    void fetch(ApiCall call, const QObject* context, std::function<T(const nlohmann::json&)> parse,
               std::function<void(Fetched<T>)> done);

    ApiExchange* m_exchange = nullptr;
};

} // namespace credit::service
