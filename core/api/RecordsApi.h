#pragma once

#include "api/ClientIndex.h"
#include "api/EngineSlot.h"
#include "api/Principal.h"
#include "api/RequestBudget.h"
#include "explain/ExplanationJson.h"
#include "population/GroupFilter.h"
#include "records/Records.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>
#include <QThread>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <variant>
#include <vector>

namespace credit::explain {
class ExplanationEngine;
}

namespace credit::api {

// What a system-of-record request carries from the network thread to a worker.
struct RecordsRequest {
    Principal principal;
    QUrlQuery query;
    QByteArray body;
    QByteArray idempotencyKey;
    QString language;
    explain::ContributionDetail detail = explain::ContributionDetail::Groups;
};

// The server's system-of-record endpoints (--database URL): client files read per request from
// the database, the in-memory client index for lists and population aggregates, applications,
// scenarios and the decision log. Two background threads keep it current: one watches the
// database (reachability for /health and /ready, the index loaded and refreshed every couple of
// seconds), one scores every client under the loaded model and stores the scores per model
// version. A database failure answers 503 and the watcher reconnects by itself.
class RecordsApi {
public:
    // `historyLimits` bound the stored applications and scenarios as they bound /v1/score: a
    // record stored once is scored again by every decision and by the background scoring.
    RecordsApi(const QString& databaseUrl, std::shared_ptr<const EngineSlot> engines,
               int minCellCount, HistoryLimits historyLimits);
    ~RecordsApi();
    RecordsApi(const RecordsApi&) = delete;
    RecordsApi& operator=(const RecordsApi&) = delete;

    // For /health and /ready (no database call: the watcher's latest view).
    bool databaseReachable() const { return databaseReachable_; }
    // The server swapped its model: scores and decisions follow the new one, stored scores of
    // that version are reloaded and the rest scored in the background.
    void modelChanged();
    bool indexLoaded() const { return index_.loaded(); }
    std::size_t clientsScored() const { return scored_; }
    std::size_t clientsTotal() const { return index_.snapshot()->clients.size(); }

    QHttpServerResponse listClients(const RecordsRequest& request);
    QHttpServerResponse client(const RecordsRequest& request, const QString& id);
    QHttpServerResponse distribution(const RecordsRequest& request);
    QHttpServerResponse density(const RecordsRequest& request);
    QHttpServerResponse createApplication(const RecordsRequest& request);
    QHttpServerResponse createScenario(const RecordsRequest& request, const QString& id);
    QHttpServerResponse listScenarios(const RecordsRequest& request, const QString& id);
    QHttpServerResponse recordDecision(const RecordsRequest& request, const QString& id);
    QHttpServerResponse listClientDecisions(const RecordsRequest& request, const QString& id);
    QHttpServerResponse reviewQueue(const RecordsRequest& request);

private:
    // The current snapshot and the rows of the similar group the query's filters describe.
    struct SimilarGroup {
        std::shared_ptr<const ClientIndex::Snapshot> snapshot;
        std::vector<std::size_t> rows;
    };
    std::variant<SimilarGroup, QHttpServerResponse>
    similarGroup(const QUrlQuery& query, population::GroupFilter& filter) const;
    QHttpServerResponse guarded(const std::function<QHttpServerResponse()>& work);
    void watchDatabase();
    void scoreInBackground();
    bool waitFor(int milliseconds); // false when stopping

    records::Records records_;
    std::shared_ptr<const EngineSlot> engines_;
    std::atomic<bool> reloadScores_{false};
    int minCellCount_;
    HistoryLimits historyLimits_;
    ClientIndex index_;
    std::atomic<bool> databaseReachable_{false};
    std::atomic<bool> stopping_{false};
    std::atomic<std::size_t> scored_{0};
    std::unique_ptr<QThread> watcher_;
    std::unique_ptr<QThread> scorer_;
};

} // namespace credit::api
