#pragma once

#include <QString>

namespace credit::testing {

// The database a system-of-record server test runs on. Each executable provides one: SQLite
// files in a temporary folder, or a real PostgreSQL it started (PostgresCluster). The same
// scenario (RecordsServerTest.cpp) runs on both; later issues (app server mode, failover
// behind HAProxy) reuse it to get a database URL and to stop and restart the database.
class RecordsBackend {
public:
    virtual ~RecordsBackend() = default;
    virtual QString name() const = 0;
    virtual QString freshDatabaseUrl() = 0;
    // Whether the database can be stopped under a running server (a server process: yes;
    // an embedded SQLite file: no).
    virtual bool canStop() const = 0;
    virtual void stopDatabase() = 0;
    virtual void startDatabase() = 0;
    // Runs SQL on the database behind the program's back (an intruder with database access).
    virtual void executeBypassingProgram(const QString& url, const QString& sql) = 0;
};

RecordsBackend& recordsBackend();

// Runs the real `credit-scoring` CLI with `arguments`; returns its exit code and, in `output`,
// what it printed (stdout and stderr).
int runCli(const QStringList& arguments, QString* output = nullptr);

} // namespace credit::testing
