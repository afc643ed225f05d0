#pragma once

#include "records/Database.h"
#include "records/ScenarioStore.h"

namespace credit::records {

class SqlScenarioStore : public ScenarioStore {
public:
    explicit SqlScenarioStore(Database& database) : database_(database) {}

    CreationOutcome add(const ScenarioRecord& scenario,
                        const std::optional<IdempotencyKey>& key = std::nullopt) override;
    std::vector<ScenarioRecord> forClient(long long clientId) override;
    std::optional<ScenarioRecord> scenario(qint64 id) override;

private:
    std::vector<ScenarioRecord> select(const QString& where, const QVariantList& values);

    Database& database_;
};

} // namespace credit::records
