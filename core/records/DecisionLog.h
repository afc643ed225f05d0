#pragma once

#include "records/DecisionChain.h"
#include "records/DecisionRecord.h"
#include "records/IdempotencyKey.h"

#include <optional>
#include <vector>

namespace credit::records {

struct AppendOutcome {
    DecisionRecord record;
    bool replayed = false; // the key was seen before with the same request: nothing was written
};

// The append-only, hash-chained log of advisors' decisions. There is no update or delete
// method, and the database refuses both (triggers), whoever connects.
class DecisionLog {
public:
    virtual ~DecisionLog() = default;
    // Sets `override`, the sequence and the hashes, and appends in one transaction with the
    // idempotency key. Throws InvalidRecord (override without justification, unknown decision),
    // RecordConflict (key reused with another request), DatabaseUnavailable.
    virtual AppendOutcome append(const DecisionDraft& draft,
                                 const std::optional<IdempotencyKey>& key) = 0;
    virtual std::vector<DecisionRecord> forClient(long long clientId) = 0;
    // Oldest first, after sequence `afterSequence`; `since` (ISO time, inclusive) and
    // `overridesOnly` filter; at most `limit` records.
    virtual std::vector<DecisionRecord> list(bool overridesOnly, const QString& since,
                                             qint64 afterSequence, int limit) = 0;
    // Reads the whole chain in order and checks it.
    virtual ChainVerification verify() = 0;
};

} // namespace credit::records
