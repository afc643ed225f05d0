#pragma once

#include "records/IdempotencyKey.h"

#include <QSqlDatabase>
#include <QtGlobal>

#include <optional>

namespace credit::records {

class Database;

// What a creation gave: the new row's id, or the id an earlier request with the same
// Idempotency-Key created (nothing written then).
struct CreationOutcome {
    qint64 id = 0;
    bool replayed = false;
};

// The Idempotency-Keys of creations (new scenarios, new applications), per principal and kind,
// kept with the id they created (schema version 2). A workstation resends a creation after a
// network cut with the same key; the server must then answer with what it created the first
// time, never create it twice. Used inside the creation's own transaction, so the key and the
// row it points at are written together or not at all.
class CreationKeys {
public:
    enum class Kind { Scenario, Application };

    // The id created earlier with `key`, or nullopt when the key is new. Throws RecordConflict
    // when the key was used with another request.
    static std::optional<qint64> find(Database& database, QSqlDatabase& connection, Kind kind,
                                      const IdempotencyKey& key);
    static void store(Database& database, QSqlDatabase& connection, Kind kind,
                      const IdempotencyKey& key, qint64 createdId);
};

} // namespace credit::records
