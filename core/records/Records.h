#pragma once

#include "records/ClientRepository.h"
#include "records/Database.h"
#include "records/DecisionLog.h"
#include "records/ScenarioStore.h"

#include <memory>

namespace credit::records {

// The system of record opened from one URL: the database (migrated) and its three stores.
// Thread-safe in the sense Qt SQL allows: every thread uses its own connection.
struct Records {
    std::unique_ptr<Database> database;
    std::unique_ptr<ClientRepository> clients;
    std::unique_ptr<DecisionLog> decisions;
    std::unique_ptr<ScenarioStore> scenarios;

    // Parses `url`, connects, applies migrations. Throws RecordsError and its subclasses.
    static Records open(const QString& url);
    // The same without connecting: for a server that starts while its database is down and
    // migrates once it is reachable (Database::migrate()).
    static Records attach(const QString& url);
};

} // namespace credit::records
