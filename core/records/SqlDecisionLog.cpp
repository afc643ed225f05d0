#include "records/SqlDecisionLog.h"

#include "records/RecordsError.h"

#include <QDateTime>

namespace credit::records {

namespace {

const QString kColumns = QStringLiteral(
    "sequence, client_id, scenario_id, decision, justification, override, model_version, "
    "probability, threshold, model_decision, input_hash, recorded_at, principal_id, "
    "principal_role, previous_hash, record_hash");

DecisionRecord readRecord(const QSqlQuery& query)
{
    DecisionRecord record;
    record.sequence = query.value(0).toLongLong();
    record.clientId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        record.scenarioId = query.value(2).toLongLong();
    record.decision = query.value(3).toString();
    record.justification = query.value(4).toString();
    record.override = query.value(5).toInt() != 0;
    record.modelVersion = query.value(6).toString();
    record.probability = query.value(7).toDouble();
    record.threshold = query.value(8).toDouble();
    record.modelDecision = query.value(9).toString();
    record.inputHash = query.value(10).toString();
    record.recordedAt = query.value(11).toString();
    record.principalId = query.value(12).toString();
    record.principalRole = query.value(13).toString();
    record.previousHash = query.value(14).toString();
    record.recordHash = query.value(15).toString();
    return record;
}

// Qt SQL binds a null QString as SQL NULL; an empty text must stay an empty text.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool isDecision(const QString& value)
{
    return value == QLatin1String("grant") || value == QLatin1String("refuse");
}

} // namespace

AppendOutcome SqlDecisionLog::append(const DecisionDraft& draft,
                                     const std::optional<IdempotencyKey>& key)
{
    if (!isDecision(draft.decision))
        throw InvalidRecord("decision must be \"grant\" or \"refuse\", got \"" +
                            draft.decision.toStdString() + "\"");
    if (!isDecision(draft.modelDecision))
        throw InvalidRecord("the model's decision must be \"grant\" or \"refuse\"");
    DecisionRecord record;
    static_cast<DecisionDraft&>(record) = draft;
    record.override = draft.decision != draft.modelDecision;
    if (record.override && draft.justification.trimmed().isEmpty())
        throw InvalidRecord("this decision overrides the model's (" +
                            draft.modelDecision.toStdString() +
                            "): a written justification is required");
    AppendOutcome outcome;
    database_.inTransaction(
        [&](QSqlDatabase& connection) {
            if (key) {
                auto seen = database_.run(
                    connection,
                    QStringLiteral("SELECT request_hash, decision_sequence FROM idempotency_keys "
                                   "WHERE principal_id = ? AND idempotency_key = ?"),
                    {key->principalId, key->key}, "look up the idempotency key");
                if (seen.next()) {
                    if (seen.value(0).toString() != key->requestHash)
                        throw RecordConflict("Idempotency-Key '" + key->key.toStdString() +
                                             "' was already used with a different request");
                    const auto sequence = seen.value(1).toLongLong();
                    seen.finish();
                    auto first = select(connection, QStringLiteral("sequence = ?"), {sequence});
                    if (first.empty())
                        throw RecordsError("idempotency key points at a missing decision");
                    outcome.record = first.front();
                    outcome.replayed = true;
                    return;
                }
            }
            auto last = database_.run(
                connection,
                QStringLiteral("SELECT sequence, record_hash FROM decisions ORDER BY sequence "
                               "DESC LIMIT 1"),
                {}, "read the chain's last record");
            record.sequence = 1;
            record.previousHash = kGenesisHash;
            if (last.next()) {
                record.sequence = last.value(0).toLongLong() + 1;
                record.previousHash = last.value(1).toString();
            }
            last.finish();
            record.recordHash = decisionHash(record);
            database_.run(connection,
                          QStringLiteral("INSERT INTO decisions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(kColumns),
                          {record.sequence, record.clientId,
                           record.scenarioId ? QVariant(*record.scenarioId)
                                             : QVariant(QMetaType::fromType<qlonglong>()),
                           text(record.decision), text(record.justification),
                           record.override ? 1 : 0, text(record.modelVersion), record.probability,
                           record.threshold, text(record.modelDecision), text(record.inputHash),
                           text(record.recordedAt), text(record.principalId),
                           text(record.principalRole), record.previousHash, record.recordHash},
                          "append a decision");
            if (key)
                database_.run(connection,
                              QStringLiteral("INSERT INTO idempotency_keys VALUES (?, ?, ?, ?, ?)"),
                              {key->principalId, key->key, key->requestHash, record.sequence,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              "store the idempotency key");
            outcome.record = record;
        },
        true);
    return outcome;
}

std::vector<DecisionRecord> SqlDecisionLog::select(QSqlDatabase& connection, const QString& where,
                                                   const QVariantList& values)
{
    auto query = database_.run(
        connection,
        QStringLiteral("SELECT %1 FROM decisions WHERE %2 ORDER BY sequence").arg(kColumns, where),
        values, "read decisions");
    std::vector<DecisionRecord> records;
    while (query.next())
        records.push_back(readRecord(query));
    return records;
}

std::vector<DecisionRecord> SqlDecisionLog::forClient(long long clientId)
{
    auto connection = database_.connection();
    return select(connection, QStringLiteral("client_id = ?"), {clientId});
}

std::vector<DecisionRecord> SqlDecisionLog::list(bool overridesOnly, const QString& since,
                                                 qint64 afterSequence, int limit)
{
    auto connection = database_.connection();
    QString where = QStringLiteral("sequence > ?");
    QVariantList values{afterSequence};
    if (overridesOnly)
        where += QStringLiteral(" AND override = 1");
    if (!since.isEmpty()) {
        where += QStringLiteral(" AND recorded_at >= ?");
        values << since;
    }
    where += QStringLiteral(" ORDER BY sequence LIMIT %1").arg(limit);
    // select() appends its own ORDER BY; build the statement here instead.
    auto query = database_.run(
        connection, QStringLiteral("SELECT %1 FROM decisions WHERE %2").arg(kColumns, where),
        values, "read decisions");
    std::vector<DecisionRecord> records;
    while (query.next())
        records.push_back(readRecord(query));
    return records;
}

ChainVerification SqlDecisionLog::verify()
{
    auto connection = database_.connection();
    return verifyChain(select(connection, QStringLiteral("1 = 1"), {}));
}

} // namespace credit::records
