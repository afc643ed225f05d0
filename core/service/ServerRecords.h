#pragma once

#include "data/HomeCreditDataset.h"
#include "explain/Explanation.h"
#include "population/GroupFilter.h"
#include "population/SuppressedAggregates.h"

#include <QString>

#include <cmath>
#include <optional>
#include <vector>

namespace credit::service {

// What the app reads from and sends to the bank's server (the system of record) in server mode:
// the answers of the records routes, as plain values. Parsing is in ServerRecordsJson.

// GET /v1/clients: one page of the server's search. Sort keys are the API's ("id", "decision",
// "probability", "contract_type", "credit_amount").
struct ClientListQuery {
    int limit = 200;
    QString after; // the previous page's `next`, with the same sort
    QString sort = QStringLiteral("id");
    bool descending = false;
    QString idPrefix;
    QString decision; // "", "grant" or "refuse"
    QString contractType;
    bool operator==(const ClientListQuery&) const = default;
};

struct ServerClientRow {
    long long clientId = 0;
    QString origin; // "portfolio" or "application"
    QString contractType;
    double creditAmount = std::nan("");
    std::optional<double> probability; // not scored yet by the server
    QString decision;                  // "grant", "refuse" or empty
};

struct ClientPage {
    std::vector<ServerClientRow> rows;
    QString next; // empty on the last page
    QString modelVersion;
    long long totalClients = 0;
};

// GET /v1/clients/{id}, GET /v1/applications/{id}, POST /v1/applications: the client's file and
// the server's score of it (one number per decision: the app shows this probability).
struct ServerClientFile {
    long long clientId = 0;
    QString origin;
    data::HomeCreditDataset record; // one applicant and their history
    explain::Explanation score;
};

// One entry of the server's decision log.
struct ServerDecision {
    qint64 sequence = 0;
    long long clientId = 0;
    std::optional<qint64> scenarioId;
    QString decision;      // the advisor's: "grant" or "refuse"
    QString modelDecision; // the model's at the time
    bool overridesModel = false;
    QString justification;
    QString modelVersion;
    double probability = 0.0;
    double threshold = 0.0;
    QString recordedAt; // ISO 8601 UTC, set by the server
    QString principalId;
    QString principalRole;
    QString recordHash;
};

struct DecisionPage {
    std::vector<ServerDecision> decisions;
    QString next; // empty on the last page
};

// GET /v1/model: which model the server scores with.
struct ServerModelIdentity {
    QString version;
    QString checksum; // the bundle's SHA-256; equal to a local bundle's when they are the same
    double threshold = 0.0;
};

// POST /v1/clients/{id}/scenarios: a named edit of a client's file.
struct ServerScenario {
    qint64 scenarioId = 0;
    long long clientId = 0;
    QString name;
    QString editsJson; // {"AMT_CREDIT": 420000, ...}
    QString createdBy;
    QString createdAt;
    std::optional<double> probability; // in the answer to a creation only
};

// GET /v1/population/distribution and /v1/population/density: the population's aggregates with
// the server's small cells suppressed (population/SuppressedAggregates.h).
using ServerDistribution = population::SuppressedDistribution;
using ServerDensity = population::SuppressedDensity;

} // namespace credit::service
