#include "PostgresCluster.h"
#include "RecordsBackend.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>
#include <stdexcept>

namespace credit::testing {

namespace {

class SqliteBackend : public RecordsBackend {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString freshDatabaseUrl() override
    {
        return QStringLiteral("sqlite:%1/records-%2.sqlite").arg(folder_.path()).arg(++counter_);
    }
    bool canStop() const override { return false; }
    void stopDatabase() override {}
    void startDatabase() override {}
    void executeBypassingProgram(const QString& url, const QString& sql) override
    {
        {
            auto raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
            raw.setDatabaseName(url.mid(7));
            if (!raw.open())
                throw std::runtime_error("cannot open " + url.toStdString());
            for (const auto& statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (statement.trimmed().isEmpty())
                    continue;
                QSqlQuery query(raw);
                if (!query.exec(statement))
                    throw std::runtime_error("bypass statement failed: " +
                                             query.lastError().text().toStdString());
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
    }

private:
    QTemporaryDir folder_;
    int counter_ = 0;
};

class PostgresBackend : public RecordsBackend {
public:
    PostgresBackend() : cluster_(PostgresCluster::start()) {}
    QString name() const override { return QStringLiteral("postgresql"); }
    QString freshDatabaseUrl() override
    {
        return cluster_.createDatabase(QStringLiteral("server_%1").arg(++counter_));
    }
    bool canStop() const override { return true; }
    void stopDatabase() override { cluster_.stop(); }
    void startDatabase() override { cluster_.restart(); }
    void executeBypassingProgram(const QString& url, const QString& sql) override
    {
        cluster_.psql(url.section(QLatin1Char('/'), -1), sql);
    }

private:
    PostgresCluster cluster_;
    int counter_ = 0;
};

std::unique_ptr<RecordsBackend> backend;

} // namespace

RecordsBackend& recordsBackend()
{
    if (!backend)
        throw std::logic_error("no records backend: the executable's main must choose one");
    return *backend;
}

void useSqliteBackend()
{
    backend = std::make_unique<SqliteBackend>();
}

void usePostgresBackend()
{
    backend = std::make_unique<PostgresBackend>();
}

void releaseBackend()
{
    backend.reset();
}

int runCli(const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CREDIT_CLI_BINARY), arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace credit::testing
