#include "records/SqlClientRepository.h"

#include "records/RecordsError.h"

#include <QDateTime>
#include <QSqlError>

#include <cmath>

namespace credit::records {

namespace {

QString upsertStatement()
{
    QStringList columns{QStringLiteral("client_id"), QStringLiteral("origin"),
                        QStringLiteral("revision"), QStringLiteral("updated_at")};
    for (const char* name : kSummaryCategories)
        columns << QLatin1String(name);
    for (const char* name : kSummaryNumbers)
        columns << QLatin1String(name);
    columns << QStringLiteral("document");
    QStringList updates;
    for (const auto& column : columns.mid(1))
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    return QStringLiteral("INSERT INTO clients (%1) VALUES (%2) ON CONFLICT (client_id) DO "
                          "UPDATE SET %3")
        .arg(columns.join(QStringLiteral(", ")),
             QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
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

void SqlClientRepository::upsert(QSqlDatabase& connection, QSqlQuery& statement,
                                 const ClientFile& file, qint64 revision)
{
    const auto& summary = file.summary;
    statement.addBindValue(summary.id);
    statement.addBindValue(summary.origin);
    statement.addBindValue(revision);
    statement.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    for (const auto& category : summary.categories)
        statement.addBindValue(category.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(category));
    for (const double number : summary.numbers)
        statement.addBindValue(std::isnan(number) ? QVariant(QMetaType::fromType<double>())
                                                  : QVariant(number));
    statement.addBindValue(qCompress(file.recordJson));
    if (!statement.exec())
        throw RecordsError(QStringLiteral("%1: storing client %2 failed: %3")
                               .arg(database_.url().display())
                               .arg(summary.id)
                               .arg(statement.lastError().text())
                               .toStdString());
    // Scores computed from the replaced file no longer describe it.
    database_.run(connection, QStringLiteral("DELETE FROM client_scores WHERE client_id = ?"),
                  {summary.id}, "drop outdated scores");
}

void SqlClientRepository::replaceClients(std::span<const ClientFile> files)
{
    if (files.empty())
        return;
    database_.inTransaction([&](QSqlDatabase& connection) {
        const qint64 revision = nextRevision(connection);
        QSqlQuery statement(connection);
        if (!statement.prepare(upsertStatement()))
            throw RecordsError("cannot prepare the client upsert: " +
                               statement.lastError().text().toStdString());
        for (const auto& file : files)
            upsert(connection, statement, file, revision);
    });
}

long long SqlClientRepository::addApplication(const std::function<ClientFile(long long id)>& build)
{
    long long id = 0;
    database_.inTransaction(
        [&](QSqlDatabase& connection) {
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
            id = next.value(0).toLongLong();
            next.finish();
            auto file = build(id);
            file.summary.id = id;
            const qint64 revision = nextRevision(connection);
            QSqlQuery statement(connection);
            if (!statement.prepare(upsertStatement()))
                throw RecordsError("cannot prepare the client upsert: " +
                                   statement.lastError().text().toStdString());
            upsert(connection, statement, file, revision);
        },
        true);
    return id;
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
    file.recordJson = qUncompress(
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
