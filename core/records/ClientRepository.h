#pragma once

#include "records/ClientSummary.h"
#include "records/CreationKeys.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace credit::records {

// First id handed to a new application (POST /v1/applications). Imported SK_ID_CURR values must
// stay below it, so a new file can never take an imported client's number.
inline constexpr long long kFirstApplicationId = 900000000001LL;

// A client's score under one model version, computed by the server in the background.
struct ClientScore {
    long long clientId = 0;
    QString modelVersion;
    qint64 revision = 0; // the client file's revision it was computed from
    double probability = 0.0;
    QString decision; // "grant" / "refuse"
};

// Client files: imported applicants and new applications, each one JSON document with its
// summary columns. Every method throws RecordsError / DatabaseUnavailable.
class ClientRepository {
public:
    virtual ~ClientRepository() = default;
    // Stores or replaces each client's whole file (summary and document), all in one
    // transaction: either every file of the call is replaced or none is.
    virtual void replaceClients(std::span<const ClientFile> files) = 0;
    // The same in two steps for bulk loads: prepare() turns a file into its stored form on any
    // thread (no database access, safe to call concurrently), replacePrepared() writes prepared
    // files with replaceClients' guarantee (all in one transaction, or none).
    virtual PreparedClientFile prepare(const ClientFile& file) const = 0;
    virtual void replacePrepared(std::span<const PreparedClientFile> files) = 0;
    // Stores a new application under a fresh id from the reserved range; `build` receives the
    // id and returns the file to store (its summary id is set to that id). Returns the id. With
    // `key`, a request already made with that key returns the id it created (replayed; `build`
    // is not called, nothing is stored); the key used with another request: RecordConflict.
    virtual CreationOutcome
    addApplication(const std::function<ClientFile(long long id)>& build,
                   const std::optional<IdempotencyKey>& key = std::nullopt) = 0;
    virtual std::optional<ClientFile> client(long long id) = 0;
    // Summaries of clients whose revision is greater than `revision` (0: all), by id.
    virtual std::vector<ClientSummary> summariesAfter(qint64 revision) = 0;
    virtual std::size_t clientCount() = 0;

    virtual void storeScores(std::span<const ClientScore> scores) = 0;
    virtual std::vector<ClientScore> scores(const QString& modelVersion) = 0;
};

} // namespace credit::records
