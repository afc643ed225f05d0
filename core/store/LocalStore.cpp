#include "store/LocalStore.h"

#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace credit::store {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS scenarios ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, client_id TEXT NOT NULL,"
    " original_json TEXT NOT NULL, edits_json TEXT NOT NULL, probability REAL NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS applications ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, record_json TEXT NOT NULL,"
    " probability REAL NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS decisions ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, recorded_at TEXT NOT NULL, user_name TEXT NOT NULL,"
    " client_id TEXT NOT NULL, model_version TEXT NOT NULL, probability REAL NOT NULL,"
    " threshold REAL NOT NULL, model_decision TEXT NOT NULL CHECK (model_decision IN"
    " ('grant','refuse')), advisor_decision TEXT NOT NULL CHECK (advisor_decision IN"
    " ('grant','refuse')), justification TEXT NOT NULL, reasons_json TEXT NOT NULL,"
    " CHECK (model_decision = advisor_decision OR length(trim(justification)) > 0))",
    // The decision log is evidence: no statement may rewrite or remove an entry.
    "CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions"
    " BEGIN SELECT RAISE(ABORT, 'decisions are append-only: UPDATE refused'); END",
    "CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions"
    " BEGIN SELECT RAISE(ABORT, 'decisions are append-only: DELETE refused'); END",
};

// Version 2 (server mode): the outbox of writes waiting for the bank's server, and the drafts of
// forms being typed. An outbox entry's request never changes once written (its idempotency key
// makes a resend harmless only if the body is the same), it is never deleted (a pending entry is
// the advisor's work; a sent one is the trace of what was sent), and once sent or rejected it is
// final.
const char* const kSchemaVersion2[] = {
    "CREATE TABLE IF NOT EXISTS outbox ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL CHECK (kind IN ('decision','scenario','application')),"
    " client_id TEXT NOT NULL, route TEXT NOT NULL, body TEXT NOT NULL,"
    " idempotency_key TEXT NOT NULL UNIQUE, summary TEXT NOT NULL,"
    " created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','sent','rejected')),"
    " attempts INTEGER NOT NULL DEFAULT 0, last_attempt_at TEXT NOT NULL DEFAULT '',"
    " problem TEXT NOT NULL DEFAULT '', finished_at TEXT NOT NULL DEFAULT '',"
    " answer TEXT NOT NULL DEFAULT '')",
    "CREATE TRIGGER IF NOT EXISTS outbox_no_delete BEFORE DELETE ON outbox"
    " BEGIN SELECT RAISE(ABORT, 'outbox entries are kept: DELETE refused'); END",
    "CREATE TRIGGER IF NOT EXISTS outbox_request_fixed BEFORE UPDATE OF kind, client_id, route,"
    " body, idempotency_key, created_at, created_by ON outbox"
    " BEGIN SELECT RAISE(ABORT, 'an outbox request never changes: UPDATE refused'); END",
    "CREATE TRIGGER IF NOT EXISTS outbox_final BEFORE UPDATE ON outbox WHEN OLD.state <> 'pending'"
    " BEGIN SELECT RAISE(ABORT, 'a sent or rejected outbox entry is final: UPDATE refused'); END",
    "CREATE TABLE IF NOT EXISTS drafts ("
    " draft_key TEXT PRIMARY KEY, form_json TEXT NOT NULL, saved_at TEXT NOT NULL)",
};

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString LocalStore::defaultPath()
{
    const QString configured = qEnvironmentVariable("CREDIT_LOCAL_STORE");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/local-store.sqlite");
}

LocalStore::LocalStore(const QString& path)
    : path_(path), connectionName_(QStringLiteral("credit-store-") +
                                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const QFileInfo info(path_);
    if (!QDir().mkpath(info.absolutePath()))
        throw StoreError(
            {"Impossible de créer le dossier du stockage local " + path_.toStdString() + ".",
             "Cannot create the folder of the local store " + path_.toStdString() + "."});
    open();
    if (looksCorrupt()) {
        moveAsideCorruptFile();
        open();
    }
    createSchema();
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName_, false);
        if (database.isValid())
            database.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
}

void LocalStore::open()
{
    QSqlDatabase database =
        QSqlDatabase::contains(connectionName_)
            ? QSqlDatabase::database(connectionName_, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    database.setDatabaseName(path_);
    // Wait a little for another instance's write before calling the file locked.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
    if (!database.open())
        throw StoreError({"Impossible d'ouvrir le stockage local " + path_.toStdString() + " : " +
                              database.lastError().text().toStdString(),
                          "Cannot open the local store " + path_.toStdString() + ": " +
                              database.lastError().text().toStdString()});
}

bool LocalStore::looksCorrupt()
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (isLockError(query.lastError()))
            throw StoreError(
                {"Le stockage local " + path_.toStdString() +
                     " est verrouillé par un autre programme (l'application est-elle ouverte "
                     "deux fois ?). Fermez l'autre programme et réessayez ; rien n'a été modifié.",
                 "The local store " + path_.toStdString() +
                     " is locked by another program (is the app open twice?). Close the "
                     "other program and try again; nothing was changed."});
        if (isCorruptionError(query.lastError()))
            return true;
        throw StoreError({"Impossible de lire le stockage local " + path_.toStdString() + " : " +
                              query.lastError().text().toStdString(),
                          "Cannot read the local store " + path_.toStdString() + ": " +
                              query.lastError().text().toStdString()});
    }
    return !query.next() || query.value(0).toString() != QStringLiteral("ok");
}

void LocalStore::moveAsideCorruptFile()
{
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName_, false);
        database.close();
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = path_ + QStringLiteral(".corrupt-") + stamp + QStringLiteral(".bak");
    for (int attempt = 2; QFile::exists(backup); ++attempt)
        backup = path_ + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') +
                 QString::number(attempt) + QStringLiteral(".bak");
    if (!QFile::rename(path_, backup))
        throw StoreError(
            {"Le stockage local " + path_.toStdString() +
                 " est illisible et n'a pas pu être mis de côté sous " + backup.toStdString() +
                 " ; rien n'a été supprimé. Déplacez-le vous-même et relancez l'application.",
             "The local store " + path_.toStdString() +
                 " is unreadable and could not be moved aside to " + backup.toStdString() +
                 "; nothing was deleted. Move it yourself and restart."});
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        if (QFile::exists(path_ + QLatin1String(suffix)))
            QFile::rename(path_ + QLatin1String(suffix), backup + QLatin1String(suffix));
    report_.recoveredFromCorruption = true;
    report_.backupPath = backup;
    report_.message =
        QStringLiteral("The local store %1 was unreadable (corrupt). It was kept as %2 "
                       "and a new, empty store was created.")
            .arg(path_, backup);
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StoreError(
            {"Impossible de lire la version du stockage local " + path_.toStdString() + ".",
             "Cannot read the version of the local store " + path_.toStdString() + "."});
    return query.value(0).toInt();
}

void LocalStore::createSchema()
{
    // Version 0 is a new file or one written before versions were kept (its tables are version
    // 1's); each step is applied once, in one transaction with its version number.
    const int version = schemaVersion();
    if (version > kCurrentSchemaVersion)
        throw StoreError({"Le stockage local " + path_.toStdString() +
                              " a été écrit par une version plus "
                              "récente de l'application (schéma " +
                              std::to_string(version) + ") ; cette version (schéma " +
                              std::to_string(kCurrentSchemaVersion) +
                              ") ne le modifie pas. Mettez l'application à jour.",
                          "The local store " + path_.toStdString() +
                              " was written by a newer version of the "
                              "app (schema " +
                              std::to_string(version) + "); this version (schema " +
                              std::to_string(kCurrentSchemaVersion) +
                              ") leaves it unchanged. Update the app."});
    if (version >= kCurrentSchemaVersion)
        return;
    QSqlDatabase database = QSqlDatabase::database(connectionName_, false);
    database.transaction();
    try {
        for (const char* statement : kSchema)
            executeRaw(QString::fromUtf8(statement));
        for (const char* statement : kSchemaVersion2)
            executeRaw(QString::fromUtf8(statement));
        executeRaw(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentSchemaVersion));
    } catch (...) {
        database.rollback();
        throw;
    }
    if (!database.commit())
        throw StoreError({"Stockage local " + path_.toStdString() +
                              " : la mise à jour du schéma n'a pas abouti : " +
                              database.lastError().text().toStdString(),
                          "Local store " + path_.toStdString() + ": the schema update failed: " +
                              database.lastError().text().toStdString()});
}

void LocalStore::executeRaw(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(sql)) {
        if (isLockError(query.lastError()))
            throw StoreError({"Le stockage local " + path_.toStdString() +
                                  " est verrouillé par un autre programme ; rien n'a été "
                                  "modifié. Réessayez.",
                              "The local store " + path_.toStdString() +
                                  " is locked by another program; nothing was changed. Try "
                                  "again."});
        throw StoreError(
            {"Stockage local " + path_.toStdString() + " : " +
                 query.lastError().text().toStdString(),
             "Local store " + path_.toStdString() + ": " + query.lastError().text().toStdString()});
    }
}

qint64 LocalStore::saveScenario(const StoredScenario& scenario)
{
    QSqlQuery query =
        prepared(connectionName_,
                 QStringLiteral("INSERT INTO scenarios (name, client_id, original_json, "
                                "edits_json, probability, created_at) VALUES (?,?,?,?,?,?)"));
    query.addBindValue(text(scenario.name));
    query.addBindValue(text(scenario.clientId));
    query.addBindValue(text(scenario.originalJson));
    query.addBindValue(text(scenario.editsJson));
    query.addBindValue(scenario.probability);
    query.addBindValue(scenario.createdAt.isEmpty() ? nowUtc() : scenario.createdAt);
    run(query, path_, {"l'enregistrement du scénario", "saving the scenario"});
    return query.lastInsertId().toLongLong();
}

namespace {

StoredScenario scenarioFrom(const QSqlQuery& query)
{
    StoredScenario scenario;
    scenario.id = query.value(0).toLongLong();
    scenario.name = query.value(1).toString();
    scenario.clientId = query.value(2).toString();
    scenario.originalJson = query.value(3).toString();
    scenario.editsJson = query.value(4).toString();
    scenario.probability = query.value(5).toDouble();
    scenario.createdAt = query.value(6).toString();
    return scenario;
}

const QString kScenarioColumns =
    QStringLiteral("SELECT id, name, client_id, original_json, edits_json, probability, created_at "
                   "FROM scenarios");

} // namespace

std::vector<StoredScenario> LocalStore::scenarios() const
{
    QSqlQuery query =
        prepared(connectionName_, kScenarioColumns + QStringLiteral(" ORDER BY id DESC"));
    run(query, path_, {"la lecture des scénarios", "listing scenarios"});
    std::vector<StoredScenario> result;
    while (query.next())
        result.push_back(scenarioFrom(query));
    return result;
}

std::optional<StoredScenario> LocalStore::scenario(qint64 id) const
{
    QSqlQuery query = prepared(connectionName_, kScenarioColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    run(query, path_, {"la lecture d'un scénario", "reading a scenario"});
    if (!query.next())
        return std::nullopt;
    return scenarioFrom(query);
}

qint64 LocalStore::saveApplication(const StoredApplication& application)
{
    QSqlQuery query =
        prepared(connectionName_, QStringLiteral("INSERT INTO applications (name, record_json, "
                                                 "probability, created_at) VALUES (?,?,?,?)"));
    query.addBindValue(text(application.name));
    query.addBindValue(text(application.recordJson));
    query.addBindValue(application.probability);
    query.addBindValue(application.createdAt.isEmpty() ? nowUtc() : application.createdAt);
    run(query, path_, {"l'enregistrement de la demande", "saving the application"});
    return query.lastInsertId().toLongLong();
}

namespace {

StoredApplication applicationFrom(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toDouble(), query.value(4).toString()};
}

const QString kApplicationColumns =
    QStringLiteral("SELECT id, name, record_json, probability, created_at FROM applications");

} // namespace

std::vector<StoredApplication> LocalStore::applications() const
{
    QSqlQuery query =
        prepared(connectionName_, kApplicationColumns + QStringLiteral(" ORDER BY id DESC"));
    run(query, path_, {"la lecture des demandes", "listing applications"});
    std::vector<StoredApplication> result;
    while (query.next())
        result.push_back(applicationFrom(query));
    return result;
}

std::optional<StoredApplication> LocalStore::application(qint64 id) const
{
    QSqlQuery query =
        prepared(connectionName_, kApplicationColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    run(query, path_, {"la lecture d'une demande", "reading an application"});
    if (!query.next())
        return std::nullopt;
    return applicationFrom(query);
}

qint64 LocalStore::recordDecision(DecisionEntry decision)
{
    const auto valid = [](const QString& value) {
        return value == QStringLiteral("grant") || value == QStringLiteral("refuse");
    };
    if (!valid(decision.modelDecision) || !valid(decision.advisorDecision))
        throw StoreError({"Une décision vaut « grant » ou « refuse » (modèle : « " +
                              decision.modelDecision.toStdString() + " », conseiller : « " +
                              decision.advisorDecision.toStdString() + " »).",
                          "A decision must be \"grant\" or \"refuse\" (model: \"" +
                              decision.modelDecision.toStdString() + "\", advisor: \"" +
                              decision.advisorDecision.toStdString() + "\")"});
    if (decision.overridesModel() && decision.justification.trimmed().isEmpty())
        throw StoreError({"Aller contre la décision du modèle demande une justification écrite ; "
                          "la décision n'a pas été enregistrée.",
                          "Overriding the model's decision needs a written justification; the "
                          "decision was not recorded."});
    if (decision.recordedAt.isEmpty())
        decision.recordedAt = nowUtc();
    if (decision.user.isEmpty())
        decision.user = osUserName();
    QSqlQuery query = prepared(
        connectionName_,
        QStringLiteral("INSERT INTO decisions (recorded_at, user_name, client_id, model_version, "
                       "probability, threshold, model_decision, advisor_decision, justification, "
                       "reasons_json) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(decision.recordedAt);
    query.addBindValue(text(decision.user));
    query.addBindValue(text(decision.clientId));
    query.addBindValue(text(decision.modelVersion));
    query.addBindValue(decision.probability);
    query.addBindValue(decision.threshold);
    query.addBindValue(text(decision.modelDecision));
    query.addBindValue(text(decision.advisorDecision));
    query.addBindValue(text(decision.justification.trimmed()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(decision.reasons))
                                             .toJson(QJsonDocument::Compact)));
    run(query, path_, {"l'enregistrement de la décision", "recording the decision"});
    return query.lastInsertId().toLongLong();
}

std::vector<DecisionEntry> LocalStore::decisions() const
{
    QSqlQuery query = prepared(
        connectionName_,
        QStringLiteral("SELECT id, recorded_at, user_name, client_id, model_version, probability, "
                       "threshold, model_decision, advisor_decision, justification, reasons_json "
                       "FROM decisions ORDER BY id"));
    run(query, path_, {"la lecture des décisions", "listing decisions"});
    std::vector<DecisionEntry> result;
    while (query.next()) {
        DecisionEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.recordedAt = query.value(1).toString();
        entry.user = query.value(2).toString();
        entry.clientId = query.value(3).toString();
        entry.modelVersion = query.value(4).toString();
        entry.probability = query.value(5).toDouble();
        entry.threshold = query.value(6).toDouble();
        entry.modelDecision = query.value(7).toString();
        entry.advisorDecision = query.value(8).toString();
        entry.justification = query.value(9).toString();
        for (const auto& reason :
             QJsonDocument::fromJson(query.value(10).toString().toUtf8()).array())
            entry.reasons.push_back(reason.toString());
        result.push_back(std::move(entry));
    }
    return result;
}

QString LocalStore::decisionsCsv() const
{
    QString csv =
        QStringLiteral("id,recorded_at,user,client_id,model_version,probability,threshold,"
                       "model_decision,advisor_decision,overridden,justification,reasons\r\n");
    for (const auto& entry : decisions()) {
        const QStringList fields{QString::number(entry.id),
                                 entry.recordedAt,
                                 entry.user,
                                 entry.clientId,
                                 entry.modelVersion,
                                 QString::number(entry.probability, 'g', 17),
                                 QString::number(entry.threshold, 'g', 17),
                                 entry.modelDecision,
                                 entry.advisorDecision,
                                 entry.overridesModel() ? QStringLiteral("yes")
                                                        : QStringLiteral("no"),
                                 entry.justification,
                                 entry.reasons.join(QStringLiteral(" | "))};
        QStringList quoted;
        for (const auto& field : fields)
            quoted.push_back(csvField(field));
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

void LocalStore::exportDecisionsCsv(const QString& csvPath) const
{
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(decisionsCsv().toUtf8()) < 0 ||
        !file.commit())
        throw StoreError({"Impossible d'écrire l'export des décisions " + csvPath.toStdString() +
                              " : " + file.errorString().toStdString(),
                          "Cannot write the decisions export " + csvPath.toStdString() + ": " +
                              file.errorString().toStdString()});
}

} // namespace credit::store
