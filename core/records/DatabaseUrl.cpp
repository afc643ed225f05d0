#include "records/DatabaseUrl.h"

#include "records/RecordsError.h"

#include <QUrl>

namespace credit::records {

namespace {

[[noreturn]] void refuse(const QString& text, const QString& why)
{
    throw RecordsError(QStringLiteral("database URL '%1': %2").arg(text, why).toStdString());
}

} // namespace

DatabaseUrl DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.backend = Backend::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2); // sqlite:///abs/path written URL-style
        if (url.path.isEmpty())
            refuse(text, QStringLiteral("no file after 'sqlite:' (write sqlite:PATH)"));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            refuse(text, parsed.errorString());
        if (!parsed.password().isEmpty())
            refuse(text, QStringLiteral("a password in the URL would show in process lists and "
                                        "logs; use PGPASSWORD, ~/.pgpass or "
                                        "CREDIT_DATABASE_PASSWORD_FILE"));
        url.backend = Backend::PostgreSql;
        url.user = parsed.userName();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.database = parsed.path().mid(1);
        if (url.host.isEmpty())
            refuse(text, QStringLiteral("no host (write postgresql://user@host:port/db)"));
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/')))
            refuse(text, QStringLiteral("no database name after the host"));
        return url;
    }
    refuse(text, QStringLiteral("expected sqlite:PATH or postgresql://user@host:port/db"));
}

QString DatabaseUrl::display() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1%2%3:%4/%5")
        .arg(user, user.isEmpty() ? QString() : QStringLiteral("@"), host)
        .arg(port)
        .arg(database);
}

} // namespace credit::records
