#pragma once

#include <QString>

#include <optional>

namespace credit::testing {

// A throw-away PostgreSQL server for tests and benchmarks: initdb in a temporary folder, pg_ctl
// on a free loopback port, stopped and deleted by the destructor. PostgreSQL refuses to run as
// root and CI runs as root, so there the folder is handed to the `postgres` system user and
// every server command runs through `runuser -u postgres` (see docs/deployment.md).
//
//   auto cluster = PostgresCluster::start();   // std::nullopt + unavailableReason() if absent
//   QString url = cluster->createDatabase("suite"); // postgresql://postgres@127.0.0.1:PORT/suite
class PostgresCluster {
public:
    // Why no cluster can run here (binaries or the postgres user missing), or empty.
    static QString unavailableReason();
    // Starts a new cluster; throws std::runtime_error with the server's log when it fails.
    static PostgresCluster start();

    PostgresCluster(PostgresCluster&& other) noexcept;
    PostgresCluster& operator=(PostgresCluster&&) = delete;
    ~PostgresCluster();

    int port() const { return port_; }
    // Creates a database and returns its URL (user postgres, trust authentication).
    QString createDatabase(const QString& name) const;
    QString url(const QString& database) const;
    // Stops and starts the server on the same port and data (outage tests).
    void stop();
    void restart();
    // Runs `sql` with psql as the superuser in `database`; returns psql's output; throws on
    // failure. For tests that must bypass the program (tampering with the decision log).
    QString psql(const QString& database, const QString& sql) const;

private:
    PostgresCluster() = default;
    QString folder_;
    int port_ = 0;
    bool running_ = false;
};

} // namespace credit::testing
