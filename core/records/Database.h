#pragma once

#include "records/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThreadStorage>
#include <QVariant>

#include <functional>
#include <memory>

namespace credit::records {

// One database (SQLite file or PostgreSQL server) shared by every thread of the process.
//
// Qt SQL connections belong to the thread that opened them, so each thread gets its own,
// named after this Database and the thread, opened on first use and closed when the thread ends
// (QThreadPool workers come and go). A connection the server dropped (database restarted) is
// noticed on the next failure, closed, and reopened on the next call: the program recovers by
// itself once the database is back.
class Database {
public:
    // Does not connect yet: call migrate() (or any query) to find out whether it is reachable.
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseUrl& url() const { return url_; }
    Backend backend() const { return url_.backend; }
    bool isPostgreSql() const { return url_.backend == Backend::PostgreSql; }

    // This thread's open connection. Throws DatabaseUnavailable naming the database.
    QSqlDatabase connection();

    // Applies the schema migrations this program knows and the database lacks, each in its own
    // transaction. Throws SchemaTooNew when the database was migrated by a newer program.
    void migrate();
    int schemaVersion();

    // True when a trivial query succeeds now (for /health and /ready).
    bool reachable() noexcept;

    // Runs `work` in one transaction on this thread's connection: committed when it returns,
    // rolled back when it throws (the exception goes on). `exclusiveWriter` serialises writers
    // that must see each other's rows (the decision chain): BEGIN IMMEDIATE on SQLite, a
    // transaction-scoped advisory lock on PostgreSQL.
    void inTransaction(const std::function<void(QSqlDatabase&)>& work,
                       bool exclusiveWriter = false);

    // Prepares and runs `sql` with positional `values`; throws RecordsError (or
    // DatabaseUnavailable when the connection is gone) naming the statement's purpose.
    QSqlQuery run(QSqlDatabase& connection, const QString& sql, const QVariantList& values = {},
                  const char* purpose = "query");
    // Marks this thread's connection as broken so the next call reopens it.
    void dropThreadConnection();

private:
    struct ThreadConnection;
    [[noreturn]] void fail(QSqlDatabase& connection, const QString& error, const char* purpose);

    DatabaseUrl url_;
    QString password_;
    QString connectionPrefix_;
    QThreadStorage<std::shared_ptr<ThreadConnection>> connections_;
};

} // namespace credit::records
