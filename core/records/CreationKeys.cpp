#include "records/CreationKeys.h"

#include "records/Database.h"
#include "records/RecordsError.h"

#include <QDateTime>

namespace credit::records {

namespace {

QString kindName(CreationKeys::Kind kind)
{
    return kind == CreationKeys::Kind::Scenario ? QStringLiteral("scenario")
                                                : QStringLiteral("application");
}

} // namespace

std::optional<qint64> CreationKeys::find(Database& database, QSqlDatabase& connection, Kind kind,
                                         const IdempotencyKey& key)
{
    auto seen =
        database.run(connection,
                     QStringLiteral("SELECT request_hash, created_id FROM creation_keys "
                                    "WHERE principal_id = ? AND kind = ? AND "
                                    "idempotency_key = ?"),
                     {key.principalId, kindName(kind), key.key}, "look up the idempotency key");
    if (!seen.next())
        return std::nullopt;
    if (seen.value(0).toString() != key.requestHash)
        throw RecordConflict("Idempotency-Key '" + key.key.toStdString() +
                             "' was already used with a different request");
    return seen.value(1).toLongLong();
}

void CreationKeys::store(Database& database, QSqlDatabase& connection, Kind kind,
                         const IdempotencyKey& key, qint64 createdId)
{
    database.run(connection,
                 QStringLiteral("INSERT INTO creation_keys (principal_id, kind, idempotency_key, "
                                "request_hash, created_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {key.principalId, kindName(kind), key.key, key.requestHash, createdId,
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                 "store the idempotency key");
}

} // namespace credit::records
