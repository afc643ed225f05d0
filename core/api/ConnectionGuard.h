#pragma once

#include <QHash>
#include <QTcpServer>

class QTcpSocket;

namespace credit::api {

struct ConnectionLimits {
    int idleTimeoutMs = 60000;    // no byte either way for this long: closed
    int requestTimeoutMs = 30000; // bytes arrived this long ago and no answer sent since: closed
    int maxConnections = 1000;    // open at once (lowered to fit the process's file limit)
    int maxConnectionsPerAddress = 200;
};

// The plain-HTTP listener of the scoring server. Qt 6.4's QHttpServer has no header or body
// timeout and no connection cap, so a client sending a byte now and then, or many clients
// connecting and sitting, held sockets (and file descriptors) forever until /health stopped
// answering. Every accepted socket gets a guard here before QHttpServer sees it:
//  - a request timer, started by the first byte of a request and stopped when an answer is
//    written: a slow header or body (slowloris) is cut after requestTimeoutMs;
//  - an idle timer, restarted by any traffic: a connection that says nothing is closed;
//  - caps on open connections, overall and per client address: beyond them the connection gets
//    a 503 and is closed at once, before it costs a parser.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject* parent = nullptr);

    int openConnections() const { return open_; }
    // The connection cap actually applied: the configured one, or less when the process's
    // file-descriptor limit would be reached first.
    int effectiveMaxConnections() const { return maxConnections_; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void guard(QTcpSocket* socket);

    ConnectionLimits limits_;
    int maxConnections_ = 0;
    int open_ = 0;
    QHash<QString, int> openPerAddress_;
};

} // namespace credit::api
