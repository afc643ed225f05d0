#pragma once

#include "ScoringServerFixture.h"

#include <QString>

#include <filesystem>
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

// What a server-mode GUI test stands on: a SQLite database of client files imported by the
// real CLI, a principals file and the real server on both.
class ServerModeFixture {
public:
    // Makes the database, imports `dataFolder`, writes the principals into `folder` and starts
    // the server with `bundle` (startServer); empty on success, otherwise what failed.
    QString prepare(const QString& folder, const std::filesystem::path& dataFolder,
                    const std::filesystem::path& bundle,
                    const std::vector<ServerPrincipal>& principals, const QString& serviceKey);
    // Starts the server on `port` (0: a free one) and waits until it scored every client;
    // empty on success, otherwise what failed.
    QString startServer(quint16 port = 0);
    void stop() { m_server.stop(); }

    ScoringServerFixture& server() { return m_server; }
    const ScoringServerFixture& server() const { return m_server; }
    const QString& databaseUrl() const { return m_databaseUrl; }

private:
    QString m_databaseUrl;
    ScoringServerFixture m_server;
};

} // namespace credit::testing
