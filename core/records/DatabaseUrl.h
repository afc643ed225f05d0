#pragma once

#include <QString>

namespace credit::records {

enum class Backend { Sqlite, PostgreSql };

// Where the system of record lives: `sqlite:PATH` (one embedded file) or
// `postgresql://user@host:port/db` (a server shared by replicas). A password is never part of
// the URL (it would show in `ps` and in logs): PostgreSQL's own client library takes it from
// PGPASSWORD or the password file (~/.pgpass or PGPASSFILE), and CREDIT_DATABASE_PASSWORD_FILE
// may name a file holding only the password.
struct DatabaseUrl {
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString user;
    QString host;
    int port = 5432;
    QString database;

    // Throws RecordsError naming what is wrong with `text`.
    static DatabaseUrl parse(const QString& text);
    // The URL as written back (never with a password): for logs and messages.
    QString display() const;
};

} // namespace credit::records
