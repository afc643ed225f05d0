#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace credit::testing {

// The real credit-scoring-server binary run as a child process on --port 0. The constructor
// returns once the server printed its "listening on" line (the port is read from it) and throws
// with the server's own error output when it did not start.
class ServerProcess {
public:
    ServerProcess(const QStringList& arguments, const std::map<QString, QString>& environment = {});
    ~ServerProcess(); // kills the process if it still runs
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    std::uint16_t port() const { return port_; }
    qint64 pid() const;
    bool running() const;
    // Sends SIGTERM and waits for the exit; returns the exit code (-1 when it crashed or hung).
    int terminate(int waitMs = 30000);
    // Sends SIGKILL (no chance to finish anything) and waits; true once it died of it.
    bool kill(int waitMs = 30000);
    std::string standardError();

private:
    std::unique_ptr<QTemporaryFile> errorFile_;
    std::unique_ptr<QProcess> process_;
    std::uint16_t port_ = 0;
};

// The path of the server binary under test (set by CMake).
QString serverBinary();

} // namespace credit::testing
