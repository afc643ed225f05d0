#include "records/SqlScenarioStore.h"

#include "records/RecordsError.h"

namespace credit::records {

CreationOutcome SqlScenarioStore::add(const ScenarioRecord& scenario,
                                      const std::optional<IdempotencyKey>& key)
{
    CreationOutcome outcome;
    // With a key, the look-up and the insert must not interleave with another request carrying
    // the same key: one writer at a time.
    database_.inTransaction(
        [&](QSqlDatabase& connection) {
            if (key) {
                if (const auto earlier = CreationKeys::find(database_, connection,
                                                            CreationKeys::Kind::Scenario, *key)) {
                    outcome = {*earlier, true};
                    return;
                }
            }
            const QString insert =
                QStringLiteral("INSERT INTO scenarios (client_id, name, edits, record, created_by, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?)");
            const QVariantList values{scenario.clientId,   scenario.name,      scenario.editsJson,
                                      scenario.recordJson, scenario.createdBy, scenario.createdAt};
            qint64 id = 0;
            if (database_.isPostgreSql()) {
                auto query =
                    database_.run(connection, insert + QStringLiteral(" RETURNING scenario_id"),
                                  values, "store a scenario");
                if (query.next())
                    id = query.value(0).toLongLong();
            } else {
                auto query = database_.run(connection, insert, values, "store a scenario");
                id = query.lastInsertId().toLongLong();
            }
            if (id == 0)
                throw RecordsError("the database returned no id for the new scenario");
            if (key)
                CreationKeys::store(database_, connection, CreationKeys::Kind::Scenario, *key, id);
            outcome = {id, false};
        },
        key.has_value());
    return outcome;
}

std::vector<ScenarioRecord> SqlScenarioStore::select(const QString& where,
                                                     const QVariantList& values)
{
    auto connection = database_.connection();
    auto query = database_.run(connection,
                               QStringLiteral("SELECT scenario_id, client_id, name, edits, record, "
                                              "created_by, created_at FROM scenarios WHERE %1 "
                                              "ORDER BY scenario_id")
                                   .arg(where),
                               values, "read scenarios");
    std::vector<ScenarioRecord> scenarios;
    while (query.next())
        scenarios.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString(), query.value(5).toString(),
                             query.value(6).toString()});
    return scenarios;
}

std::vector<ScenarioRecord> SqlScenarioStore::forClient(long long clientId)
{
    return select(QStringLiteral("client_id = ?"), {clientId});
}

std::optional<ScenarioRecord> SqlScenarioStore::scenario(qint64 id)
{
    auto found = select(QStringLiteral("scenario_id = ?"), {id});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

} // namespace credit::records
