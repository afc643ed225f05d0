#include "records/SqlClientRepository.h"

#include "records/DocumentCompression.h"
#include "records/RecordsError.h"

#include <QDateTime>
#include <QSqlError>

#include <cmath>
#include <map>
#include <unordered_set>

namespace credit::records {

namespace {

// Rows per multi-row statement: 100 rows of 23 values stay far below both backends' limit on
// bound values (SQLite 32766, PostgreSQL 65535) while a batch of 500 needs only five.
constexpr std::size_t kRowsPerStatement = 100;

QStringList clientColumns()
{
    QStringList columns{QStringLiteral("client_id"), QStringLiteral("origin"),
                        QStringLiteral("revision"), QStringLiteral("updated_at")};
    for (const char* name : kSummaryCategories)
        columns << QLatin1String(name);
    for (const char* name : kSummaryNumbers)
        columns << QLatin1String(name);
    columns << QStringLiteral("document");
    return columns;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

QString upsertStatement(std::size_t rows)
{
    const auto columns = clientColumns();
    QStringList updates;
    for (const auto& column : columns.mid(1))
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    const auto row = QStringLiteral("(%1)").arg(placeholders(columns.size()));
    return QStringLiteral("INSERT INTO clients (%1) VALUES %2 ON CONFLICT (client_id) DO "
                          "UPDATE SET %3")
        .arg(columns.join(QStringLiteral(", ")),
             QStringList(static_cast<qsizetype>(rows), row).join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

QString dropScoresStatement(std::size_t rows)
{
    return QStringLiteral("DELETE FROM client_scores WHERE client_id IN (%1)")
        .arg(placeholders(static_cast<qsizetype>(rows)));
}

// The next run of files to write in one statement: at most kRowsPerStatement, and no client
// twice (an upsert cannot change the same row twice in one statement on PostgreSQL).
std::span<const PreparedClientFile> nextChunk(std::span<const PreparedClientFile> files)
{
    std::unordered_set<long long> ids;
    std::size_t size = 0;
    while (size < files.size() && size < kRowsPerStatement &&
           ids.insert(files[size].summary.id).second)
        ++size;
    return files.first(size);
}

QString summarySelectColumns()
{
    QStringList columns{QStringLiteral("client_id"), QStringLiteral("origin"),
                        QStringLiteral("revision")};
    for (const char* name : kSummaryCategories)
        columns << QLatin1String(name);
    for (const char* name : kSummaryNumbers)
        columns << QLatin1String(name);
    return columns.join(QStringLiteral(", "));
}

ClientSummary readSummary(const QSqlQuery& query)
{
    ClientSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.origin = query.value(1).toString();
    summary.revision = query.value(2).toLongLong();
    int index = 3;
    for (auto& category : summary.categories)
        category = query.value(index++).toString();
    for (auto& number : summary.numbers) {
        const auto value = query.value(index++);
        number = value.isNull() ? std::nan("") : value.toDouble();
    }
    return summary;
}

} // namespace

qint64 SqlClientRepository::nextRevision(QSqlDatabase& connection)
{
    auto query =
        database_.isPostgreSql()
            ? database_.run(connection, QStringLiteral("SELECT nextval('client_revisions')"), {},
                            "next revision")
            : database_.run(connection,
                            QStringLiteral("UPDATE revision_counter SET value = value + 1 "
                                           "RETURNING value"),
                            {}, "next revision");
    if (!query.next())
        throw RecordsError("no revision number was returned");
    return query.value(0).toLongLong();
}

PreparedClientFile SqlClientRepository::prepare(const ClientFile& file) const
{
    return {file.summary, compressDocument(file.recordJson)};
}

void SqlClientRepository::write(QSqlDatabase& connection, std::span<const PreparedClientFile> files,
                                qint64 revision)
{
    const auto updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Prepared once per chunk size: the full size serves every chunk but the last.
    std::map<std::size_t, std::pair<QSqlQuery, QSqlQuery>> statements;
    const auto statementsFor = [&](std::size_t rows) -> std::pair<QSqlQuery, QSqlQuery>& {
        auto found = statements.find(rows);
        if (found != statements.end())
            return found->second;
        std::pair<QSqlQuery, QSqlQuery> pair{QSqlQuery(connection), QSqlQuery(connection)};
        if (!pair.first.prepare(upsertStatement(rows)) ||
            !pair.second.prepare(dropScoresStatement(rows)))
            throw RecordsError("cannot prepare the client upsert: " +
                               (pair.first.lastError().isValid() ? pair.first : pair.second)
                                   .lastError()
                                   .text()
                                   .toStdString());
        return statements.emplace(rows, std::move(pair)).first->second;
    };
    while (!files.empty()) {
        const auto chunk = nextChunk(files);
        files = files.subspan(chunk.size());
        auto& [upsert, dropScores] = statementsFor(chunk.size());
        for (const auto& file : chunk) {
            const auto& summary = file.summary;
            upsert.addBindValue(summary.id);
            upsert.addBindValue(summary.origin);
            upsert.addBindValue(revision);
            upsert.addBindValue(updatedAt);
            for (const auto& category : summary.categories)
                upsert.addBindValue(category.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                       : QVariant(category));
            for (const double number : summary.numbers)
                upsert.addBindValue(std::isnan(number) ? QVariant(QMetaType::fromType<double>())
                                                       : QVariant(number));
            upsert.addBindValue(file.storedDocument);
            dropScores.addBindValue(summary.id);
        }
        if (!upsert.exec())
            throw RecordsError(QStringLiteral("%1: storing clients %2 to %3 failed: %4")
                                   .arg(database_.url().display())
                                   .arg(chunk.front().summary.id)
                                   .arg(chunk.back().summary.id)
                                   .arg(upsert.lastError().text())
                                   .toStdString());
        // Scores computed from the replaced files no longer describe them.
        if (!dropScores.exec())
            throw RecordsError(QStringLiteral("%1: dropping outdated scores failed: %2")
                                   .arg(database_.url().display(), dropScores.lastError().text())
                                   .toStdString());
    }
}

void SqlClientRepository::replaceClients(std::span<const ClientFile> files)
{
    std::vector<PreparedClientFile> prepared;
    prepared.reserve(files.size());
    for (const auto& file : files)
        prepared.push_back(prepare(file));
    replacePrepared(prepared);
}

void SqlClientRepository::replacePrepared(std::span<const PreparedClientFile> files)
{
    if (files.empty())
        return;
    database_.inTransaction(
        [&](QSqlDatabase& connection) { write(connection, files, nextRevision(connection)); });
}

CreationOutcome
SqlClientRepository::addApplication(const std::function<ClientFile(long long id)>& build,
                                    const std::optional<IdempotencyKey>& key)
{
    CreationOutcome outcome;
    database_.inTransaction(
        [&](QSqlDatabase& connection) {
            if (key) {
                if (const auto earlier = CreationKeys::find(
                        database_, connection, CreationKeys::Kind::Application, *key)) {
                    outcome = {*earlier, true};
                    return;
                }
            }
            auto next =
                database_.isPostgreSql()
                    ? database_.run(connection, QStringLiteral("SELECT nextval('application_ids')"),
                                    {}, "next application id")
                    : database_.run(connection,
                                    QStringLiteral("UPDATE application_counter SET value "
                                                   "= value + 1 RETURNING value"),
                                    {}, "next application id");
            if (!next.next())
                throw RecordsError("no application id was returned");
            const long long id = next.value(0).toLongLong();
            next.finish();
            auto file = build(id);
            file.summary.id = id;
            const auto prepared = prepare(file);
            write(connection, std::span(&prepared, 1), nextRevision(connection));
            if (key)
                CreationKeys::store(database_, connection, CreationKeys::Kind::Application, *key,
                                    id);
            outcome = {id, false};
        },
        true);
    return outcome;
}

std::optional<ClientFile> SqlClientRepository::client(long long id)
{
    auto connection = database_.connection();
    auto query =
        database_.run(connection,
                      QStringLiteral("SELECT %1, document FROM clients WHERE client_id = ?")
                          .arg(summarySelectColumns()),
                      {id}, "read a client");
    if (!query.next())
        return std::nullopt;
    ClientFile file;
    file.summary = readSummary(query);
    file.recordJson = decompressDocument(
        query.value(3 + static_cast<int>(kSummaryCategories.size() + kSummaryNumbers.size()))
            .toByteArray());
    if (file.recordJson.isEmpty())
        throw RecordsError(
            QStringLiteral("client %1's stored file cannot be decompressed").arg(id).toStdString());
    return file;
}

std::vector<ClientSummary> SqlClientRepository::summariesAfter(qint64 revision)
{
    auto connection = database_.connection();
    auto query = database_.run(connection,
                               QStringLiteral("SELECT %1 FROM clients WHERE revision > ? ORDER BY "
                                              "client_id")
                                   .arg(summarySelectColumns()),
                               {revision}, "read client summaries");
    std::vector<ClientSummary> summaries;
    while (query.next())
        summaries.push_back(readSummary(query));
    return summaries;
}

std::size_t SqlClientRepository::clientCount()
{
    auto connection = database_.connection();
    auto query = database_.run(connection, QStringLiteral("SELECT COUNT(*) FROM clients"), {},
                               "count clients");
    return query.next() ? query.value(0).toULongLong() : 0;
}

void SqlClientRepository::storeScores(std::span<const ClientScore> scores)
{
    if (scores.empty())
        return;
    database_.inTransaction([&](QSqlDatabase& connection) {
        QSqlQuery statement(connection);
        // Only a score computed from the file as it still is: a client replaced meanwhile keeps
        // no stale score.
        statement.prepare(QStringLiteral(
            "INSERT INTO client_scores (client_id, model_version, revision, probability, "
            "decision) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM clients WHERE "
            "client_id = ? AND revision = ?) ON CONFLICT (client_id, model_version) DO UPDATE "
            "SET revision = excluded.revision, probability = excluded.probability, decision = "
            "excluded.decision"));
        for (const auto& score : scores) {
            for (const auto& value :
                 QVariantList{score.clientId, score.modelVersion, score.revision, score.probability,
                              score.decision, score.clientId, score.revision})
                statement.addBindValue(value);
            if (!statement.exec())
                throw RecordsError("storing a score failed: " +
                                   statement.lastError().text().toStdString());
        }
    });
}

std::vector<ClientScore> SqlClientRepository::scores(const QString& modelVersion)
{
    auto connection = database_.connection();
    auto query = database_.run(connection,
                               QStringLiteral("SELECT client_id, revision, probability, decision "
                                              "FROM client_scores WHERE model_version = ?"),
                               {modelVersion}, "read scores");
    std::vector<ClientScore> scores;
    while (query.next())
        scores.push_back({query.value(0).toLongLong(), modelVersion, query.value(1).toLongLong(),
                          query.value(2).toDouble(), query.value(3).toString()});
    return scores;
}

} // namespace credit::records
