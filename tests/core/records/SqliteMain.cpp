// Runs the storage suite on SQLite files in a temporary folder.
#define CATCH_CONFIG_RUNNER
#include "RecordsTestDatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>
#include <stdexcept>

namespace {
std::unique_ptr<QTemporaryDir> folder;
int counter = 0;
} // namespace

namespace credit::testing {

QString freshDatabaseUrl()
{
    return QStringLiteral("sqlite:%1/records-%2.sqlite").arg(folder->path()).arg(++counter);
}

QString backendName()
{
    return QStringLiteral("sqlite");
}

void executeBypassingProgram(const QString& url, const QString& sql)
{
    // A raw connection of our own, not the program's: what anyone with the file could do.
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
        raw.setDatabaseName(url.mid(7));
        if (!raw.open())
            throw std::runtime_error("cannot open the SQLite file");
        for (const auto& statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(raw);
            if (!query.exec(statement))
                throw std::runtime_error("bypass statement failed: " + statement.toStdString());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
}

} // namespace credit::testing

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    folder = std::make_unique<QTemporaryDir>();
    const int result = Catch::Session().run(argc, argv);
    folder.reset();
    return result;
}
