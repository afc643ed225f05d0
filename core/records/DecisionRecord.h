#pragma once

#include <QString>

#include <optional>

namespace credit::records {

// What a caller asks to record: the server fills every field from its own scoring and the
// authenticated principal, never from the request body's claims.
struct DecisionDraft {
    long long clientId = 0;
    std::optional<long long> scenarioId;
    QString decision;      // the advisor's: "grant" or "refuse"
    QString justification; // mandatory when it differs from the model's decision
    QString modelVersion;
    double probability = 0.0;
    double threshold = 0.0;
    QString modelDecision; // "grant" or "refuse"
    QString inputHash;     // SHA-256 of the scored record's canonical JSON
    QString recordedAt;    // ISO 8601 UTC with milliseconds
    QString principalId;
    QString principalRole;
};

// A stored decision: the draft plus its place in the chain.
struct DecisionRecord : DecisionDraft {
    qint64 sequence = 0; // 1, 2, 3... in insertion order over all decisions
    bool override = false;
    QString previousHash; // the previous record's hash (64 zeros for the first)
    QString recordHash;   // SHA-256 of canonicalDecisionText(*this)
};

} // namespace credit::records
