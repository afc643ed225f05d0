#pragma once

#include "api/AccessLog.h"
#include "api/ApiConfig.h"
#include "api/ApiKeyAuthenticator.h"
#include "api/ApiRequest.h"
#include "api/EngineSlot.h"
#include "api/InProcessRoutes.h"
#include "api/Principal.h"
#include "api/RateLimiter.h"
#include "api/RequestBudget.h"
#include "api/ServerMetrics.h"
#include "explain/ExplanationJson.h"

#include <QHttpServer>
#include <QObject>
#include <QThreadPool>

#include <filesystem>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <unordered_map>

namespace credit::data {
struct HomeCreditDataset;
}
namespace credit::features {
class ClientExtractor;
}
namespace credit::explain {
class ExplanationEngine;
struct Explanation;
} // namespace credit::explain
namespace credit::drift {
class PredictionLogWriter;
}

namespace credit::api {

class RecordsApi;

// The scoring HTTP API. Routes, validation, authentication, rate limiting, metrics and logs
// live here; every answer about a client comes from explain::ExplanationEngine, the same core
// call the desktop app makes. Scoring runs on a worker pool so both cores serve requests while
// the network thread keeps accepting.
class ScoringApiServer : public QObject {
    Q_OBJECT
public:
    ScoringApiServer(ApiConfig config, std::shared_ptr<const explain::ExplanationEngine> engine,
                     QObject* parent = nullptr);
    ~ScoringApiServer() override;

    // Starts listening; returns the bound port (useful with port 0). Throws ConfigError when the
    // address cannot be bound or the TLS files cannot be read.
    quint16 listen();
    // Stops accepting connections, lets in-flight requests finish (at most `timeoutMs`), then
    // emits drained().
    void shutdownGracefully(int timeoutMs = 30000);

    const ServerMetrics& metrics() const { return metrics_; }

    // Hot model swap (SIGHUP): opens and verifies `bundle` (checksum, format, feature spec) and,
    // only if it is sound, makes it the model of every request that starts afterwards; requests
    // in flight finish on the model they started with. Returns the reason when the bundle is
    // refused; the current model then keeps serving.
    std::optional<std::string> reloadModel(const std::filesystem::path& bundle);
    std::string modelVersion() const;

    // The handling a request arriving on a socket gets, from routing on, for a request built in
    // memory (the fuzz harness, tests): the work runs at once on the calling thread and its
    // answer is returned. The network path and this one share every check and route.
    QHttpServerResponse handleInProcess(const ApiRequest& request);

signals:
    void drained();

private:
    class RequestScope;
    void registerRoutes();
    QHttpServerResponse health() const;
    // 503 while the model or the database is not usable (for load balancers).
    QHttpServerResponse readiness() const;
    QHttpServerResponse modelDescription() const;
    QHttpServerResponse openApiDocument() const;
    QHttpServerResponse metricsText() const;
    QHttpServerResponse score(const RequestScope& scope) const;
    QHttpServerResponse scoreBatch(const RequestScope& scope) const;
    QHttpServerResponse counterfactual(const RequestScope& scope) const;
    QHttpServerResponse client(const QString& id, const QString& language,
                               explain::ContributionDetail detail) const;
    // Appends one line to the prediction log (when configured): no personal data, only a hash
    // of the inputs.
    // The input hash is that of the record's canonical JSON (clientRecordToJson), as the
    // desktop app computes it, so one client gets one hash whichever way they were scored.
    void logPrediction(const data::HomeCreditDataset& record,
                       const explain::Explanation& explanation, double milliseconds) const;
    bool connectionsIdle() const;

    ApiConfig config_;
    std::shared_ptr<EngineSlot> engines_; // shared with records_
    HistoryLimits historyLimits_;
    std::unique_ptr<data::HomeCreditDataset> portfolio_;
    std::unordered_map<long long, std::size_t> portfolioRows_; // SK_ID_CURR -> row
    // Groups the portfolio's history rows by applicant once, so a request reads only its
    // client's rows instead of scanning every related table.
    std::unique_ptr<features::ClientExtractor> clientExtractor_;
    std::unique_ptr<drift::PredictionLogWriter> predictionLog_;
    // Keys -> principals and roles (--principals FILE; plain keys are `service`).
    PrincipalDirectory principals_;
    // The system of record (--database URL): clients, applications, scenarios, decisions.
    std::unique_ptr<RecordsApi> records_;
    mutable RateLimiter rateLimiter_;
    mutable ServerMetrics metrics_;
    mutable AccessLog accessLog_;
    QHttpServer server_;
    InProcessRoutes inProcessRoutes_; // the same routes as server_, for handleInProcess
    QThreadPool workers_;
    bool draining_ = false;
};

} // namespace credit::api
