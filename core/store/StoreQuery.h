#pragma once

#include "common/LocalizedText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace credit::store {

// What the local store's tables (LocalStore, Outbox, DraftStore) share to run their statements
// and word their failures alike. Internal to core/store.

bool isLockError(const QSqlError& error);
bool isCorruptionError(const QSqlError& error);

// Qt binds a null QString as SQL NULL; the schema wants empty text instead.
QString text(const QString& value);
QString nowUtc();     // ISO 8601, seconds
QString osUserName(); // $USER, or "unknown"

// A statement prepared on the named connection.
QSqlQuery prepared(const QString& connection, const QString& sql);

// Executes `query`; throws StoreError naming the store file `path` and the operation `what` (in
// both languages, e.g. {"l'enregistrement du scénario", "saving the scenario"}).
void run(QSqlQuery& query, const QString& path, const LocalizedText& what);

} // namespace credit::store
