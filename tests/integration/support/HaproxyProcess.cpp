#include "HaproxyProcess.h"

#include "HttpClient.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace credit::testing {

QString haproxyBinary()
{
    auto found = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return found;
}

void skipWithoutHaproxy()
{
    if (!haproxyBinary().isEmpty())
        return;
    std::printf("SKIPPED: haproxy is not installed (Debian package haproxy; scripts/setup.sh "
                "installs it)\n");
    std::exit(77);
}

std::uint16_t freeLoopbackPort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(probe);
    return ntohs(address.sin_port);
}

HaproxyProcess::HaproxyProcess(const std::map<QString, QString>& environment,
                               const std::string& extraConfig)
{
    const auto config = folder_.filePath(QStringLiteral("haproxy.cfg"));
    if (!QFile::copy(QStringLiteral(CREDIT_HAPROXY_CONFIG), config))
        throw std::runtime_error("cannot copy " + std::string(CREDIT_HAPROXY_CONFIG));
    if (!extraConfig.empty()) {
        QFile file(config);
        if (!file.open(QIODevice::Append))
            throw std::runtime_error("cannot append to " + config.toStdString());
        file.write("\n");
        file.write(extraConfig.data(), static_cast<qint64>(extraConfig.size()));
        file.write("\n");
    }
    port_ = freeLoopbackPort();
    auto values = QProcessEnvironment::systemEnvironment();
    values.insert(QStringLiteral("CREDIT_HAPROXY_BIND"), QStringLiteral("127.0.0.1:%1").arg(port_));
    for (const auto& [name, value] : environment)
        values.insert(name, value);
    process_.setProcessEnvironment(values);
    process_.setProcessChannelMode(QProcess::MergedChannels);
    process_.setStandardOutputFile(folder_.filePath(QStringLiteral("haproxy.log")));
    process_.start(haproxyBinary(), {QStringLiteral("-f"), config});
    if (!process_.waitForStarted())
        throw std::runtime_error("haproxy did not start: " + process_.errorString().toStdString());
}

HaproxyProcess::~HaproxyProcess()
{
    process_.terminate();
    if (!process_.waitForFinished(5000))
        process_.kill();
    process_.waitForFinished(5000);
}

std::string HaproxyProcess::log() const
{
    QFile file(folder_.filePath(QStringLiteral("haproxy.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

bool HaproxyProcess::waitUntilAnswering(const std::string& path, int seconds) const
{
    for (int attempt = 0; attempt < seconds * 10; ++attempt) {
        if (httpRequest(port_, "GET", path).status == 200)
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace credit::testing
