#include "service/OutboxSender.h"

#include "service/RecordsClient.h"
#include "store/Outbox.h"
#include "store/StoreError.h"

#include <algorithm>

namespace credit::service {

namespace {
constexpr int kFirstBackoffMs = 1000;
constexpr int kLongestBackoffMs = 30000;
} // namespace

OutboxSender::OutboxSender(store::Outbox& outbox, RecordsClient& client, QObject* parent)
    : QObject(parent), m_outbox(outbox), m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxSender::sendPending);
}

int OutboxSender::pendingCount() const
{
    try {
        return m_outbox.pendingCount();
    } catch (const store::StoreError&) {
        return -1; // unreadable store: the caller shows "unknown", the entries are still there
    }
}

void OutboxSender::sendPending()
{
    if (m_sending)
        return;
    m_retry.stop();
    m_sending = true;
    sendNext();
}

void OutboxSender::sendNext()
{
    std::vector<store::OutboxEntry> pending;
    try {
        pending = m_outbox.pending();
    } catch (const store::StoreError& error) {
        m_sending = false;
        emit serverUnreachable(error.text());
        return;
    }
    emit pendingChanged(static_cast<int>(pending.size()));
    if (pending.empty()) {
        m_sending = false;
        m_backoffMs = kFirstBackoffMs;
        return;
    }
    const store::OutboxEntry entry = pending.front();
    try {
        m_outbox.noteAttempt(entry.id);
    } catch (const store::StoreError& error) {
        // Without the note the entry is still pending and will be sent later: nothing is lost.
        retryLater(error.text());
        return;
    }
    m_client.post(entry.request.route, entry.request.body.toUtf8(), entry.idempotencyKey.toUtf8(),
                  this, [this, id = entry.id](const ApiOutcome& outcome) {
                      try {
                          if (const auto* answer = std::get_if<ApiAnswer>(&outcome)) {
                              const QByteArray text =
                                  QByteArray::fromStdString(answer->body.dump());
                              m_outbox.markSent(id, QString::fromUtf8(text));
                              emit entrySent(id, text);
                              sendNext();
                              return;
                          }
                          const auto& problem = std::get<ApiProblem>(outcome);
                          if (problem.kind == RemoteFailure::Rejected) {
                              m_outbox.markRejected(id, QString::fromStdString(problem.text.en));
                              emit entryRejected(id, problem.text);
                              sendNext();
                              return;
                          }
                          // Unreachable, refused key, unreadable answer: nothing settled; try again
                          // later.
                          m_outbox.noteProblem(id, QString::fromStdString(problem.text.en));
                          retryLater(problem.text);
                      } catch (const store::StoreError& error) {
                          retryLater(error.text());
                      }
                  });
}

void OutboxSender::retryLater(const LocalizedText& problem)
{
    m_sending = false;
    emit pendingChanged(pendingCount());
    emit serverUnreachable(problem);
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kLongestBackoffMs);
}

} // namespace credit::service
