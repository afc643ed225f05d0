#pragma once

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>

#include <optional>

namespace credit::api {

// Where the answer to one ApiRequest goes: the client's connection, or (ScoringApiServer::
// handleInProcess) a value the caller reads back. The handling writes through this and never
// touches a socket itself.
class ApiReply {
public:
    virtual ~ApiReply() = default;
    // Whether the client still waits for the answer (false once a connection has gone).
    virtual bool connected() const = 0;
    // Writes the answer; called once, and only when connected().
    virtual void send(QHttpServerResponse&& response) = 0;
    // Whether the work may run on the worker pool and answer later from the network thread;
    // false runs it at once on the caller's thread.
    virtual bool deferrable() const = 0;
    // The connection, for closing it or noticing a hang-up; null when there is none.
    virtual QPointer<QTcpSocket> socket() const { return {}; }
};

// The answer goes back on the request's connection.
class ConnectionReply final : public ApiReply {
public:
    explicit ConnectionReply(QHttpServerResponder&& responder);
    bool connected() const override;
    void send(QHttpServerResponse&& response) override;
    bool deferrable() const override { return true; }
    QPointer<QTcpSocket> socket() const override { return socket_; }

private:
    QHttpServerResponder responder_;
    QPointer<QTcpSocket> socket_;
};

// The answer is kept for the caller (tests, the fuzz harness): no socket, no event loop.
class CapturedReply final : public ApiReply {
public:
    bool connected() const override { return true; }
    void send(QHttpServerResponse&& response) override;
    bool deferrable() const override { return false; }

    // The answer sent (500 if the handling sent none, which would be a bug); call once.
    QHttpServerResponse take();

private:
    std::optional<QHttpServerResponse> response_;
};

} // namespace credit::api
