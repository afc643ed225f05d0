#include "ServerModeFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <nlohmann/json.hpp>

namespace credit::testing {

QString writePrincipals(const QString& path, const std::vector<ServerPrincipal>& principals)
{
    auto entries = nlohmann::json::array();
    for (const auto& principal : principals)
        entries.push_back({{"id", principal.id.toStdString()},
                           {"name", principal.name.toStdString()},
                           {"role", principal.role.toStdString()},
                           {"key_sha256", QCryptographicHash::hash(principal.key.toUtf8(),
                                                                   QCryptographicHash::Sha256)
                                              .toHex()
                                              .toStdString()}});
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QByteArray::fromStdString(entries.dump())) < 0)
        return QStringLiteral("cannot write the principals file %1: %2")
            .arg(path, file.errorString());
    return {};
}

QString importPortfolio(const std::filesystem::path& dataFolder, const QString& databaseUrl)
{
    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(QStringLiteral(CREDIT_CLI_BINARY),
                 {QStringLiteral("import"), QStringLiteral("--data"),
                  QString::fromStdString(dataFolder.string()), QStringLiteral("--database"),
                  databaseUrl});
    if (!import.waitForFinished(300000)) {
        import.kill();
        import.waitForFinished();
        return QStringLiteral("credit-scoring import did not finish within 5 minutes: ") +
               QString::fromLocal8Bit(import.readAll());
    }
    if (import.exitStatus() != QProcess::NormalExit || import.exitCode() != 0)
        return QStringLiteral("credit-scoring import failed (exit code %1): %2")
            .arg(import.exitCode())
            .arg(QString::fromLocal8Bit(import.readAll()));
    return {};
}

QString ServerModeFixture::backendName()
{
    return qgetenv("RECORDS_BACKEND") == "postgresql" ? QStringLiteral("postgresql")
                                                      : QStringLiteral("sqlite");
}

QString ServerModeFixture::unavailableReason()
{
    return backendName() == QLatin1String("postgresql") ? PostgresCluster::unavailableReason()
                                                        : QString();
}

QString ServerModeFixture::prepare(const QString& folder, const std::filesystem::path& dataFolder,
                                   const std::filesystem::path& bundle,
                                   const std::vector<ServerPrincipal>& principals,
                                   const QString& serviceKey)
{
    if (backendName() == QLatin1String("postgresql")) {
        try {
            m_cluster.emplace(PostgresCluster::start());
            m_databaseUrl = m_cluster->createDatabase(QStringLiteral("records"));
        } catch (const std::exception& error) {
            return QStringLiteral("cannot start PostgreSQL: ") + QString::fromUtf8(error.what());
        }
    } else {
        m_databaseUrl =
            QStringLiteral("sqlite:") + QDir(folder).filePath(QStringLiteral("records.sqlite"));
    }
    if (auto problem = importPortfolio(dataFolder, m_databaseUrl); !problem.isEmpty())
        return problem;
    const QString principalsFile = QDir(folder).filePath(QStringLiteral("principals.json"));
    if (auto problem = writePrincipals(principalsFile, principals); !problem.isEmpty())
        return problem;
    m_server = ScoringServerFixture({bundle, serviceKey, m_databaseUrl, principalsFile});
    return startServer();
}

QString ServerModeFixture::startServer(quint16 port)
{
    if (auto problem = m_server.start(port); !problem.isEmpty())
        return QStringLiteral("the server did not start: ") + problem;
    if (!m_server.waitUntilEveryClientIsScored())
        return QStringLiteral("the server on %1 did not score every client of %2 within 2 minutes")
            .arg(m_server.url().toString(), m_databaseUrl);
    return {};
}

void ServerModeFixture::stop()
{
    m_server.stop();
    m_cluster.reset();
}

} // namespace credit::testing
