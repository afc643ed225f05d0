#pragma once

#include "service/ApiExchange.h"

#include <QObject>
#include <QTimer>

namespace credit::store {
class Outbox;
}

namespace credit::service {

class RecordsClient;

// Sends the outbox's pending writes to the bank's server, oldest first, one at a time, each with
// its own idempotency key, so that whatever the timing (an answer lost in a cut, a crash between
// the server's commit and the local mark, a restart) the server records each once:
// - accepted (2xx, including a replay of an earlier attempt): marked sent with the answer;
// - refused (4xx): marked rejected with the server's reason, kept for the advisor to see;
// - unreachable (no answer, 5xx after the exchange's retries): left pending, and the whole queue
//   is tried again later (backoff from 1 s to 30 s), or at once on sendPending().
// Pending entries written by an earlier run are sent the same way once a sender starts.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(store::Outbox& outbox, RecordsClient& client, QObject* parent = nullptr);

    // Starts sending now (after a new entry, or when the advisor asks); no-op while sending.
    void sendPending();
    bool sending() const { return m_sending; }
    int pendingCount() const;

signals:
    void pendingChanged(int count);
    void entrySent(qint64 entryId, const QByteArray& answer);
    void entryRejected(qint64 entryId, const credit::LocalizedText& problem);
    // The server could not be reached: the entries stay pending and are retried later.
    void serverUnreachable(const credit::LocalizedText& problem);

private:
    void sendNext();
    void retryLater(const LocalizedText& problem);

    store::Outbox& m_outbox;
    RecordsClient& m_client;
    QTimer m_retry;
    bool m_sending = false;
    int m_backoffMs = 1000;
};

} // namespace credit::service
