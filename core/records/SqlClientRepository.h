#pragma once

#include "records/ClientRepository.h"
#include "records/Database.h"

namespace credit::records {

// ClientRepository over Qt SQL, the same statements on SQLite and PostgreSQL except where
// their dialects differ (revision counter, application ids). Documents are stored compressed
// (DocumentCompression.h): a client's JSON history repeats its column names on every row, and
// the compressed form is several times smaller to write and read.
class SqlClientRepository : public ClientRepository {
public:
    explicit SqlClientRepository(Database& database) : database_(database) {}

    void replaceClients(std::span<const ClientFile> files) override;
    PreparedClientFile prepare(const ClientFile& file) const override;
    void replacePrepared(std::span<const PreparedClientFile> files) override;
    CreationOutcome
    addApplication(const std::function<ClientFile(long long id)>& build,
                   const std::optional<IdempotencyKey>& key = std::nullopt) override;
    std::optional<ClientFile> client(long long id) override;
    std::vector<ClientSummary> summariesAfter(qint64 revision) override;
    std::size_t clientCount() override;
    void storeScores(std::span<const ClientScore> scores) override;
    std::vector<ClientScore> scores(const QString& modelVersion) override;

private:
    qint64 nextRevision(QSqlDatabase& connection);
    // Upserts `files` and drops their scores inside the caller's transaction, many rows per
    // statement: one round trip per chunk instead of two per client.
    void write(QSqlDatabase& connection, std::span<const PreparedClientFile> files,
               qint64 revision);

    Database& database_;
};

} // namespace credit::records
