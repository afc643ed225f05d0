#pragma once

#include "records/Database.h"
#include "records/DecisionLog.h"

namespace credit::records {

// DecisionLog over Qt SQL. Appends are serialised (BEGIN IMMEDIATE on SQLite, an advisory lock
// on PostgreSQL) so each record reads its predecessor's hash and takes the next sequence even
// when several server replicas write at once.
class SqlDecisionLog : public DecisionLog {
public:
    explicit SqlDecisionLog(Database& database) : database_(database) {}

    AppendOutcome append(const DecisionDraft& draft,
                         const std::optional<IdempotencyKey>& key) override;
    std::vector<DecisionRecord> forClient(long long clientId) override;
    std::vector<DecisionRecord> list(bool overridesOnly, const QString& since, qint64 afterSequence,
                                     int limit) override;
    ChainVerification verify() override;

private:
    std::vector<DecisionRecord> select(QSqlDatabase& connection, const QString& where,
                                       const QVariantList& values);

    Database& database_;
};

} // namespace credit::records
