#include "store/Outbox.h"

#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QUuid>
#include <QVariant>

namespace credit::store {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, kind, client_id, route, body, summary, idempotency_key, created_at, created_by, "
    "state, attempts, last_attempt_at, problem, finished_at, answer FROM outbox");

OutboxEntry entryFrom(const QSqlQuery& query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.request.kind = query.value(1).toString();
    entry.request.clientId = query.value(2).toString();
    entry.request.route = query.value(3).toString();
    entry.request.body = query.value(4).toString();
    entry.request.summary = query.value(5).toString();
    entry.idempotencyKey = query.value(6).toString();
    entry.createdAt = query.value(7).toString();
    entry.createdBy = query.value(8).toString();
    entry.state = query.value(9).toString();
    entry.attempts = query.value(10).toInt();
    entry.lastAttemptAt = query.value(11).toString();
    entry.problem = query.value(12).toString();
    entry.finishedAt = query.value(13).toString();
    entry.answer = query.value(14).toString();
    return entry;
}

} // namespace

Outbox::Outbox(LocalStore& store) : store_(store) {}

OutboxEntry Outbox::enqueue(const OutboxRequest& request)
{
    QSqlQuery query = prepared(
        store_.connectionName(),
        QStringLiteral("INSERT INTO outbox (kind, client_id, route, body, summary, "
                       "idempotency_key, created_at, created_by) VALUES (?,?,?,?,?,?,?,?)"));
    query.addBindValue(text(request.kind));
    query.addBindValue(text(request.clientId));
    query.addBindValue(text(request.route));
    query.addBindValue(text(request.body));
    query.addBindValue(text(request.summary));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(nowUtc());
    query.addBindValue(osUserName());
    run(query, store_.path(), {"l'enregistrement dans la file d'envoi", "saving to the outbox"});
    return *entry(query.lastInsertId().toLongLong());
}

std::vector<OutboxEntry> Outbox::select(const QString& where, const QString& order) const
{
    QSqlQuery query = prepared(store_.connectionName(), kColumns + where + order);
    run(query, store_.path(), {"la lecture de la file d'envoi", "reading the outbox"});
    std::vector<OutboxEntry> entries;
    while (query.next())
        entries.push_back(entryFrom(query));
    return entries;
}

std::vector<OutboxEntry> Outbox::pending() const
{
    return select(QStringLiteral(" WHERE state = 'pending'"), QStringLiteral(" ORDER BY id"));
}

std::vector<OutboxEntry> Outbox::entries() const
{
    return select({}, QStringLiteral(" ORDER BY id DESC"));
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    auto found = select(QStringLiteral(" WHERE id = %1").arg(id), {});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

int Outbox::pendingCount() const
{
    QSqlQuery query =
        prepared(store_.connectionName(),
                 QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    run(query, store_.path(), {"la lecture de la file d'envoi", "reading the outbox"});
    return query.next() ? query.value(0).toInt() : 0;
}

void Outbox::update(qint64 id, const QString& assignments, const std::optional<QString>& value)
{
    // Only a pending entry changes (the final-state trigger would refuse the others anyway):
    // a late answer for an entry already settled is ignored.
    QSqlQuery query = prepared(
        store_.connectionName(),
        QStringLiteral("UPDATE outbox SET %1 WHERE id = ? AND state = 'pending'").arg(assignments));
    query.addBindValue(nowUtc()); // every assignment list starts with the time, then the value
    if (value)
        query.addBindValue(text(*value));
    query.addBindValue(id);
    run(query, store_.path(), {"la mise à jour de la file d'envoi", "updating the outbox"});
}

void Outbox::noteAttempt(qint64 id)
{
    update(id, QStringLiteral("last_attempt_at = ?, attempts = attempts + 1"), std::nullopt);
}

void Outbox::noteProblem(qint64 id, const QString& problem)
{
    update(id, QStringLiteral("last_attempt_at = ?, problem = ?"), problem);
}

void Outbox::markSent(qint64 id, const QString& answer)
{
    update(id, QStringLiteral("finished_at = ?, answer = ?, state = 'sent', problem = ''"), answer);
}

void Outbox::markRejected(qint64 id, const QString& problem)
{
    update(id, QStringLiteral("finished_at = ?, problem = ?, state = 'rejected'"), problem);
}

} // namespace credit::store
