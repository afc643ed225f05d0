#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

namespace credit::testing {

class ServerProcess;

// The real credit-scoring-server for the GUI tests that talk to it (remote scoring, server
// mode): started as a child process on a free loopback port (read back from its "listening on"
// line) or on a given one (a restart on the same address), stopped politely or killed, and
// asked for JSON as the app would ask. The process itself is the integration tests'
// ServerProcess, so the start-up logic exists once.
class ScoringServerFixture {
public:
    struct Setup {
        std::filesystem::path bundle;
        QString serviceKey; // CREDIT_API_KEYS
        QString database;   // --database URL; empty for a scoring-only server
        QString principals; // --principals FILE; empty for none
    };

    ScoringServerFixture();
    explicit ScoringServerFixture(Setup setup);
    ScoringServerFixture(ScoringServerFixture&&) noexcept;
    ScoringServerFixture& operator=(ScoringServerFixture&&) noexcept;
    ~ScoringServerFixture(); // kills a server still running

    // Starts the server on `port`, or on a free one when 0. Empty on success, otherwise why it
    // did not start (the server's own output).
    QString start(quint16 port = 0);
    // A server with a database is ready once /health says the database answers and its
    // background scorer scored every client; false after `timeoutMs`. Runs the event loop.
    bool waitUntilEveryClientIsScored(int timeoutMs = 120000) const;
    // SIGTERM, then SIGKILL when it has not stopped within 10 s.
    void stop();
    // SIGKILL: the server dies mid-whatever, as in a crash or a pulled cable.
    bool kill();
    bool running() const;

    quint16 port() const { return m_port; }
    QUrl url() const;
    // GET `route` with the X-API-Key `key`; the JSON body, or null when the answer is not 200.
    nlohmann::json getJson(const QString& route, const QString& key) const;

private:
    Setup m_setup;
    std::unique_ptr<ServerProcess> m_process;
    quint16 m_port = 0;
};

} // namespace credit::testing
