#include "api/ConnectionGuard.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace credit::api {

namespace {

// Descriptors kept free for the bundle, logs, the portfolio and Qt's own needs.
constexpr rlim_t kReservedDescriptors = 64;

int capToFileLimit(int configured)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return configured;
    if (limit.rlim_cur <= kReservedDescriptors * 2)
        return std::max(1, static_cast<int>(limit.rlim_cur / 2));
    return std::min<rlim_t>(configured, limit.rlim_cur - kReservedDescriptors);
}

} // namespace

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject* parent)
    : QTcpServer(parent), limits_(limits), maxConnections_(capToFileLimit(limits.maxConnections))
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (open_ >= maxConnections_ ||
        openPerAddress_.value(address) >= limits_.maxConnectionsPerAddress) {
        // Answered without a parser: the cheapest refusal that still tells the client why.
        static const QByteArray body =
            R"({"type":"about:blank","title":"Too many connections","status":503,)"
            R"("detail":"The server holds as many connections as it allows; retry shortly."})";
        socket->write("HTTP/1.1 503 Service Unavailable\r\n"
                      "Content-Type: application/problem+json\r\nRetry-After: 1\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QObject::deleteLater);
        return;
    }
    ++open_;
    ++openPerAddress_[address];
    connect(socket, &QObject::destroyed, this, [this, address] {
        --open_;
        if (--openPerAddress_[address] <= 0)
            openPerAddress_.remove(address);
    });
    guard(socket);
    addPendingConnection(socket);
}

void GuardedTcpServer::guard(QTcpSocket* socket)
{
    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(limits_.idleTimeoutMs);
    auto* request = new QTimer(socket);
    request->setSingleShot(true);
    request->setInterval(limits_.requestTimeoutMs);
    const auto cut = [socket] { socket->abort(); };
    connect(idle, &QTimer::timeout, socket, cut);
    connect(request, &QTimer::timeout, socket, cut);
    connect(socket, &QIODevice::readyRead, idle, [idle, request] {
        idle->start();
        if (!request->isActive())
            request->start();
    });
    connect(socket, &QIODevice::bytesWritten, idle, [idle, request] {
        idle->start();
        request->stop();
    });
    idle->start();
}

} // namespace credit::api
