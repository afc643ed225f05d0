#pragma once

#include "PostgresCluster.h"
#include "ScoringServerFixture.h"

#include <QString>

#include <filesystem>
#include <optional>
#include <vector>

namespace credit::testing {

// Someone the server knows (--principals): an advisor or a supervisor and their key.
struct ServerPrincipal {
    QString id;
    QString name;
    QString role;
    QString key;
};

// Writes a --principals file at `path`, keys stored as their SHA-256 as operators store them.
// Empty on success, otherwise what could not be written.
QString writePrincipals(const QString& path, const std::vector<ServerPrincipal>& principals);

// Loads the Home Credit folder `dataFolder` into the database at `databaseUrl` with the real
// CLI (`credit-scoring import`). Empty on success, otherwise the CLI's output.
QString importPortfolio(const std::filesystem::path& dataFolder, const QString& databaseUrl);

// What a server-mode GUI test stands on: a database of client files imported by the real CLI,
// a principals file and the real server on both, every client scored. The database is a SQLite
// file in the test's folder or, with RECORDS_BACKEND=postgresql (as for the integration tests),
// a database in a throw-away PostgreSQL cluster (tests/support/PostgresCluster: run as
// `postgres` when the test runs as root) that stops with the fixture.
class ServerModeFixture {
public:
    // "postgresql" or "sqlite", from RECORDS_BACKEND.
    static QString backendName();
    // Why the chosen backend cannot run on this machine (PostgreSQL absent), or empty.
    static QString unavailableReason();

    // Makes the database, imports `dataFolder`, writes the principals into `folder` and starts
    // the server with `bundle` (startServer); empty on success, otherwise what failed.
    QString prepare(const QString& folder, const std::filesystem::path& dataFolder,
                    const std::filesystem::path& bundle,
                    const std::vector<ServerPrincipal>& principals, const QString& serviceKey);
    // Starts the server on `port` (0: a free one) and waits until it scored every client;
    // empty on success, otherwise what failed.
    QString startServer(quint16 port = 0);
    // The server first, then the database under it.
    void stop();

    ScoringServerFixture& server() { return m_server; }
    const ScoringServerFixture& server() const { return m_server; }
    const QString& databaseUrl() const { return m_databaseUrl; }

private:
    std::optional<PostgresCluster> m_cluster;
    QString m_databaseUrl;
    ScoringServerFixture m_server;
};

} // namespace credit::testing
