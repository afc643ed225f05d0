#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace credit::store {

class LocalStore;

// A write for the bank's server kept on the workstation until the server has it.
struct OutboxRequest {
    QString kind;     // "decision", "scenario" or "application"
    QString clientId; // the client it concerns ("" for a new application)
    QString route;    // "/v1/clients/100002/decisions"
    QString body;     // the JSON body, exactly as it will be sent (and resent)
    QString summary;  // what the advisor sees in the pending list
};

struct OutboxEntry {
    qint64 id = 0;
    OutboxRequest request;
    QString idempotencyKey; // the same on every attempt: the server does the work once
    QString createdAt;
    QString createdBy;
    QString state; // "pending", "sent" or "rejected"
    int attempts = 0;
    QString lastAttemptAt;
    QString problem;    // why the last attempt failed, or why the server refused it
    QString finishedAt; // when it was sent or refused
    QString answer;     // the server's answer to the accepted request
    bool pending() const { return state == QLatin1String("pending"); }
};

// The local store's outbox (schema version 2): every scenario, new application and decision the
// advisor saves in server mode is written here first, in the same store as the rest of their
// work, and sent from here (service::OutboxSender). Entries are never deleted and a request
// never changes (triggers refuse both), so an advisor's work survives a network cut, a crash or
// a restart, and a resend carries the same body and key.
class Outbox {
public:
    explicit Outbox(LocalStore& store);

    // Writes the request with a new idempotency key and returns the entry. Throws StoreError.
    OutboxEntry enqueue(const OutboxRequest& request);
    std::vector<OutboxEntry> pending() const; // oldest first: sent in the order typed
    std::vector<OutboxEntry> entries() const; // all, newest first
    std::optional<OutboxEntry> entry(qint64 id) const;
    int pendingCount() const;

    // Before each send: counted, so an attempt cut by a crash is still visible.
    void noteAttempt(qint64 id);
    // The attempt did not reach a verdict (server unreachable): the entry stays pending.
    void noteProblem(qint64 id, const QString& problem);
    void markSent(qint64 id, const QString& answer);
    void markRejected(qint64 id, const QString& problem);

private:
    std::vector<OutboxEntry> select(const QString& where, const QString& order) const;
    void update(qint64 id, const QString& assignments, const std::optional<QString>& value);

    LocalStore& store_;
};

} // namespace credit::store
