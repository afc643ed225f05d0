#pragma once

#include <QString>

namespace credit::records {

// An Idempotency-Key as a principal sent it, with the hash of the request it came with: the same
// key with another request is a conflict, never a replay.
struct IdempotencyKey {
    QString principalId;
    QString key;
    QString requestHash;
};

} // namespace credit::records
