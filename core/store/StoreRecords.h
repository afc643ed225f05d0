#pragma once

#include <QString>
#include <QStringList>

namespace credit::store {

// An edited copy of a client's file: the original record and the advisor's edits on top of it,
// both as the JSON client record (core/data/ClientRecordJson.h). The original is never changed.
struct StoredScenario {
    qint64 id = 0;
    QString name;
    QString clientId;     // SK_ID_CURR of the original, as text
    QString originalJson; // the client record the scenario starts from
    QString editsJson;    // {"AMT_CREDIT": 420000, ...}: field -> new value
    double probability = 0.0;
    QString createdAt; // ISO 8601 UTC
};

// A new application typed by an advisor, with the probability it was scored at.
struct StoredApplication {
    qint64 id = 0;
    QString name;
    QString recordJson;
    double probability = 0.0;
    QString createdAt;
};

// The advisor's decision on one score: what the model said, what the advisor decided and why.
struct DecisionEntry {
    qint64 id = 0;
    QString recordedAt; // ISO 8601 UTC; filled by the store when empty
    QString user;       // OS user name; filled by the store when empty
    QString clientId;
    QString modelVersion;
    double probability = 0.0;
    double threshold = 0.0;
    QString modelDecision;   // "grant" or "refuse"
    QString advisorDecision; // "grant" or "refuse"
    QString justification;   // mandatory when the advisor overrides the model
    QStringList reasons;     // the reasons the advisor was shown
    bool overridesModel() const { return modelDecision != advisorDecision; }
};

} // namespace credit::store
