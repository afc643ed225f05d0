#include "records/Database.h"

#include "records/RecordsError.h"
#include "records/SchemaMigrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QThread>

namespace credit::records {

namespace {

QAtomicInteger<quint64> nextInstance{0};

// Every replica migrating the same PostgreSQL database at once takes this lock first.
constexpr qint64 kMigrationLock = 0x4372656469744d;
constexpr qint64 kDecisionChainLock = 0x43726564697443;

QString passwordFromFile()
{
    const auto file = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("CREDIT_DATABASE_PASSWORD_FILE"));
    if (file.isEmpty())
        return {};
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw RecordsError("CREDIT_DATABASE_PASSWORD_FILE " + file.toStdString() + ": " +
                           in.errorString().toStdString());
    return QString::fromUtf8(in.readAll()).trimmed();
}

} // namespace

// Removes the thread's named connection when the thread ends (QThreadStorage deletes it then).
struct Database::ThreadConnection {
    QString name;
    bool broken = false;
    ~ThreadConnection()
    {
        {
            auto connection = QSqlDatabase::database(name, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

Database::Database(DatabaseUrl url)
    : url_(std::move(url)), password_(passwordFromFile()),
      connectionPrefix_(
          QStringLiteral("credit-records-%1-").arg(nextInstance.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    // Only this thread's connection can be closed here; other threads close theirs on exit.
    connections_.setLocalData({});
}

QSqlDatabase Database::connection()
{
    auto& slot = connections_.localData();
    if (slot && slot->broken)
        slot.reset();
    if (slot) {
        auto existing = QSqlDatabase::database(slot->name, false);
        if (existing.isOpen())
            return existing;
        slot.reset();
    }
    auto handle = std::make_shared<ThreadConnection>();
    handle->name = connectionPrefix_ +
                   QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QSqlDatabase connection;
    if (url_.backend == Backend::Sqlite) {
        const QFileInfo file(url_.path);
        QDir().mkpath(file.absolutePath());
        connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), handle->name);
        connection.setDatabaseName(url_.path);
        // Writers from several threads wait for each other instead of failing at once.
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), handle->name);
        connection.setHostName(url_.host);
        connection.setPort(url_.port);
        connection.setDatabaseName(url_.database);
        connection.setUserName(url_.user);
        if (!password_.isEmpty())
            connection.setPassword(password_);
        connection.setConnectOptions(QStringLiteral("connect_timeout=3"));
    }
    if (!connection.isValid()) {
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(handle->name);
        handle->name.clear();
        throw RecordsError("the Qt SQL driver for " + url_.display().toStdString() +
                           " is not installed (libqt6sql6-sqlite / libqt6sql6-psql)");
    }
    if (!connection.open()) {
        const auto error = connection.lastError().text();
        connection = QSqlDatabase();
        throw DatabaseUnavailable("cannot open " + url_.display().toStdString() + ": " +
                                  error.toStdString());
    }
    if (url_.backend == Backend::Sqlite) {
        QSqlQuery pragma(connection);
        // WAL lets the server's readers go on while one writer appends.
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    slot = std::move(handle);
    return connection;
}

void Database::dropThreadConnection()
{
    auto& slot = connections_.localData();
    if (slot)
        slot->broken = true;
}

bool Database::reachable() noexcept
{
    try {
        auto connection = this->connection();
        QSqlQuery query(connection);
        if (query.exec(QStringLiteral("SELECT 1")) && query.next())
            return true;
        dropThreadConnection();
        return false;
    } catch (...) {
        return false;
    }
}

void Database::fail(QSqlDatabase& connection, const QString& error, const char* purpose)
{
    // A statement that fails because the server went away looks like any other failure; a
    // trivial query tells them apart.
    QSqlQuery probe(connection);
    const bool alive = probe.exec(QStringLiteral("SELECT 1"));
    if (!alive) {
        dropThreadConnection();
        throw DatabaseUnavailable(url_.display().toStdString() + " is unreachable (" + purpose +
                                  "): " + error.toStdString());
    }
    throw RecordsError(url_.display().toStdString() + ": " + purpose +
                       " failed: " + error.toStdString());
}

QSqlQuery Database::run(QSqlDatabase& connection, const QString& sql, const QVariantList& values,
                        const char* purpose)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // PostgreSQL cannot prepare DDL; a statement without values needs no preparing anyway.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            fail(connection, query.lastError().text(), purpose);
        return query;
    }
    if (!query.prepare(sql))
        fail(connection, query.lastError().text(), purpose);
    for (const auto& value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(connection, query.lastError().text(), purpose);
    return query;
}

void Database::inTransaction(const std::function<void(QSqlDatabase&)>& work, bool exclusiveWriter)
{
    auto connection = this->connection();
    QSqlQuery begin(connection);
    const bool started = url_.backend == Backend::Sqlite && exclusiveWriter
                             ? begin.exec(QStringLiteral("BEGIN IMMEDIATE"))
                             : connection.transaction();
    if (!started)
        fail(connection,
             begin.lastError().isValid() ? begin.lastError().text() : connection.lastError().text(),
             "begin transaction");
    try {
        if (url_.backend == Backend::PostgreSql && exclusiveWriter)
            run(connection, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                {QVariant::fromValue(kDecisionChainLock)}, "lock the decision chain");
        work(connection);
        if (!connection.commit())
            fail(connection, connection.lastError().text(), "commit");
    } catch (...) {
        connection.rollback();
        throw;
    }
}

int Database::schemaVersion()
{
    auto connection = this->connection();
    if (!connection.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    auto query = run(connection, QStringLiteral("SELECT MAX(version) FROM schema_migrations"), {},
                     "read the schema version");
    return query.next() ? query.value(0).toInt() : 0;
}

void Database::migrate()
{
    auto connection = this->connection();
    run(connection,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                       "KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"),
        {}, "create the migrations table");
    for (const auto& migration : schemaMigrations()) {
        bool newer = false;
        inTransaction([&](QSqlDatabase& db) {
            if (url_.backend == Backend::PostgreSql)
                run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                    {QVariant::fromValue(kMigrationLock)}, "lock the schema");
            auto current = run(db, QStringLiteral("SELECT MAX(version) FROM schema_migrations"), {},
                               "read the schema version");
            const int version = current.next() ? current.value(0).toInt() : 0;
            current.finish();
            if (version > latestSchemaVersion()) {
                newer = true;
                return;
            }
            if (version >= migration.version)
                return;
            const auto& statements =
                url_.backend == Backend::Sqlite ? migration.sqlite : migration.postgresql;
            for (const auto& statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement))
                    throw RecordsError(
                        QStringLiteral("%1: schema migration %2 (%3) failed: %4")
                            .arg(url_.display())
                            .arg(migration.version)
                            .arg(QLatin1String(migration.description), query.lastError().text())
                            .toStdString());
            }
            run(db, QStringLiteral("INSERT INTO schema_migrations VALUES (?, ?, ?)"),
                {migration.version, QString::fromLatin1(migration.description),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                "record the migration");
        });
        if (newer)
            break;
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        throw SchemaTooNew(QStringLiteral("%1 has schema version %2, newer than this program "
                                          "knows (%3): upgrade credit-scoring before using it "
                                          "(it was left untouched)")
                               .arg(url_.display())
                               .arg(version)
                               .arg(latestSchemaVersion())
                               .toStdString());
}

} // namespace credit::records
