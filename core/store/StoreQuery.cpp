#include "store/StoreQuery.h"

#include "store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace credit::store {

namespace {

// SQLite primary result codes reported by the Qt driver as nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

int nativeCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

} // namespace

bool isLockError(const QSqlError& error)
{
    const int code = nativeCode(error);
    return code == kSqliteBusy || code == kSqliteLocked ||
           error.text().contains(QStringLiteral("locked"), Qt::CaseInsensitive);
}

bool isCorruptionError(const QSqlError& error)
{
    const int code = nativeCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADatabase ||
           error.text().contains(QStringLiteral("not a database"), Qt::CaseInsensitive) ||
           error.text().contains(QStringLiteral("malformed"), Qt::CaseInsensitive);
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString osUserName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QSqlQuery prepared(const QString& connection, const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(sql);
    return query;
}

void run(QSqlQuery& query, const QString& path, const LocalizedText& what)
{
    if (query.exec())
        return;
    const QSqlError error = query.lastError();
    const std::string file = path.toStdString();
    if (isLockError(error))
        throw StoreError({"Le stockage local " + file +
                              " est verrouillé par un autre programme : " + what.fr +
                              " n'a pas abouti. Réessayez.",
                          "The local store " + file + " is locked by another program; " + what.en +
                              " was not saved. Try again."});
    throw StoreError(
        {"Stockage local " + file + " : échec de " + what.fr + " : " + error.text().toStdString(),
         "Local store " + file + ": " + what.en + " failed: " + error.text().toStdString()});
}

} // namespace credit::store
