#pragma once

#include <QSqlDatabase>
#include <QString>

namespace credit::testing {

// A new, empty database for one test, on the backend the executable was built for: the same
// storage suite (RecordsSuite.cpp) runs once on SQLite and once on a real PostgreSQL.
QString freshDatabaseUrl();
// Runs `sql` on the database behind `url` through the backend's own tool (sqlite3 / psql),
// bypassing the program: tests use it to tamper with rows as an intruder would.
void executeBypassingProgram(const QString& url, const QString& sql);
QString backendName();
// Makes the database itself refuse to store client `id` (a BEFORE INSERT trigger on clients),
// so a test can make a write fail in the middle of a batch.
void refuseClient(QSqlDatabase connection, bool postgreSql, long long id);

} // namespace credit::testing
