#include "records/Records.h"

#include "records/SqlClientRepository.h"
#include "records/SqlDecisionLog.h"
#include "records/SqlScenarioStore.h"

namespace credit::records {

Records Records::open(const QString& url)
{
    auto records = attach(url);
    records.database->migrate();
    return records;
}

Records Records::attach(const QString& url)
{
    Records records;
    records.database = std::make_unique<Database>(DatabaseUrl::parse(url));
    records.clients = std::make_unique<SqlClientRepository>(*records.database);
    records.decisions = std::make_unique<SqlDecisionLog>(*records.database);
    records.scenarios = std::make_unique<SqlScenarioStore>(*records.database);
    return records;
}

} // namespace credit::records
