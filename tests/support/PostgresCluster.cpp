#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <stdexcept>
#include <unistd.h>

namespace credit::testing {

namespace {

QString binaryFolder()
{
    // Debian installs each major version under /usr/lib/postgresql/N/bin; take the newest.
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    auto versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const auto& version : versions) {
        const auto bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Runs a server command, as `postgres` when we are root. Returns the exit code; output in `out`.
int runAsServerUser(const QString& program, const QStringList& arguments, QString* out = nullptr,
                    int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (out)
            *out = QString::fromLocal8Bit(process.readAll());
        return -1;
    }
    if (out)
        *out = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("no free loopback port for PostgreSQL");
    return probe.serverPort();
}

} // namespace

QString PostgresCluster::unavailableReason()
{
    if (binaryFolder().isEmpty())
        return QStringLiteral("PostgreSQL server binaries (/usr/lib/postgresql/N/bin/initdb) are "
                              "absent: install the `postgresql` package");
    if (runningAsRoot() && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        return QStringLiteral("running as root without runuser: PostgreSQL refuses root");
    if (runningAsRoot() && runAsServerUser(QStringLiteral("true"), {}) != 0)
        return QStringLiteral("running as root and the `postgres` user cannot run commands");
    return {};
}

PostgresCluster PostgresCluster::start()
{
    if (const auto reason = unavailableReason(); !reason.isEmpty())
        throw std::runtime_error(reason.toStdString());
    PostgresCluster cluster;
    // /tmp is reachable by every user; the folder itself is handed over to `postgres`.
    QTemporaryDir parent(QDir::tempPath() + QStringLiteral("/credit-pg-XXXXXX"));
    parent.setAutoRemove(false);
    if (!parent.isValid())
        throw std::runtime_error("cannot create a temporary folder for PostgreSQL");
    cluster.folder_ = parent.path();
    QFile::setPermissions(cluster.folder_, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ReadGroup | QFile::ExeGroup |
                                               QFile::ReadOther | QFile::ExeOther);
    if (runningAsRoot())
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("postgres:postgres"), cluster.folder_});
    const auto bin = binaryFolder();
    const auto data = cluster.folder_ + QStringLiteral("/data");
    QString output;
    if (runAsServerUser(bin + QStringLiteral("/initdb"),
                        {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                         QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C")},
                        &output) != 0)
        throw std::runtime_error("initdb failed: " + output.toStdString());
    cluster.port_ = freeLoopbackPort();
    cluster.restart();
    return cluster;
}

PostgresCluster::PostgresCluster(PostgresCluster&& other) noexcept
    : folder_(std::move(other.folder_)), port_(other.port_), running_(other.running_)
{
    other.folder_.clear();
    other.running_ = false;
}

PostgresCluster::~PostgresCluster()
{
    if (folder_.isEmpty())
        return;
    try {
        stop();
    } catch (...) {
    }
    QDir(folder_).removeRecursively();
}

void PostgresCluster::restart()
{
    const auto bin = binaryFolder();
    const auto data = folder_ + QStringLiteral("/data");
    QString output;
    // Loopback only, the socket in our folder, fsync off: a test server, not a bank's.
    const auto options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                        "-c full_page_writes=off -c synchronous_commit=off")
                             .arg(port_)
                             .arg(folder_);
    if (runAsServerUser(bin + QStringLiteral("/pg_ctl"),
                        {QStringLiteral("-D"), data, QStringLiteral("-o"), options,
                         QStringLiteral("-l"), folder_ + QStringLiteral("/server.log"),
                         QStringLiteral("-w"), QStringLiteral("start")},
                        &output) != 0) {
        QFile log(folder_ + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        throw std::runtime_error("pg_ctl start failed: " + output.toStdString() + "\n" +
                                 log.readAll().toStdString());
    }
    running_ = true;
}

void PostgresCluster::stop()
{
    if (!running_)
        return;
    runAsServerUser(binaryFolder() + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), folder_ + QStringLiteral("/data"), QStringLiteral("-m"),
                     QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    running_ = false;
}

QString PostgresCluster::url(const QString& database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port_).arg(database);
}

QString PostgresCluster::psql(const QString& database, const QString& sql) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                   QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(port_), QStringLiteral("-U"), QStringLiteral("postgres"),
                   QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    process.waitForFinished(60000);
    const auto output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error("psql failed on '" + sql.toStdString() +
                                 "': " + output.toStdString());
    return output.trimmed();
}

QString PostgresCluster::createDatabase(const QString& name) const
{
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    return url(name);
}

} // namespace credit::testing
