#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <map>
#include <string>

namespace credit::testing {

// Debian's haproxy binary, or an empty string when it is not installed.
QString haproxyBinary();

// Exits the test executable with 77 (CTest's skip) and says why when haproxy is not installed.
void skipWithoutHaproxy();

// A TCP port on 127.0.0.1 that nothing listens on right now.
std::uint16_t freeLoopbackPort();

// A real HAProxy running the shipped packaging/haproxy/credit-scoring-haproxy.cfg (copied into a
// temporary folder, with `extraConfig` appended, e.g. more `server` lines for replicas), its
// values from the environment as a site sets them, its log in the same folder. Bound to a free
// loopback port; stopped when destroyed.
class HaproxyProcess {
public:
    HaproxyProcess(const std::map<QString, QString>& environment,
                   const std::string& extraConfig = {});
    ~HaproxyProcess();
    HaproxyProcess(const HaproxyProcess&) = delete;
    HaproxyProcess& operator=(const HaproxyProcess&) = delete;

    std::uint16_t port() const { return port_; }
    std::string log() const;
    // True once GET `path` answers 200 through the proxy (HAProxy bound, a server marked up).
    bool waitUntilAnswering(const std::string& path, int seconds = 10) const;

private:
    QTemporaryDir folder_;
    QProcess process_;
    std::uint16_t port_ = 0;
};

} // namespace credit::testing
