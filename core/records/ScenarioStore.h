#pragma once

#include "records/CreationKeys.h"

#include <QString>

#include <optional>
#include <vector>

namespace credit::records {

// A named edit of a client's file. The client's file itself is never modified: the scenario
// holds the edits and the edited record they give.
struct ScenarioRecord {
    qint64 id = 0;
    long long clientId = 0;
    QString name;
    QString editsJson;  // {"AMT_CREDIT": 420000, ...}
    QString recordJson; // the whole edited client record
    QString createdBy;  // principal id
    QString createdAt;  // ISO 8601 UTC
};

class ScenarioStore {
public:
    virtual ~ScenarioStore() = default;
    // Stores the scenario and returns its id. With `key`, a request already made with that key
    // returns the scenario it created (replayed) and stores nothing; the key is used with
    // another request: RecordConflict.
    virtual CreationOutcome add(const ScenarioRecord& scenario,
                                const std::optional<IdempotencyKey>& key = std::nullopt) = 0;
    virtual std::vector<ScenarioRecord> forClient(long long clientId) = 0; // oldest first
    virtual std::optional<ScenarioRecord> scenario(qint64 id) = 0;
};

} // namespace credit::records
