#include "ScoringServerFixture.h"

#include "ServerProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <stdexcept>

namespace credit::testing {

ScoringServerFixture::ScoringServerFixture() = default;
ScoringServerFixture::ScoringServerFixture(Setup setup) : m_setup(std::move(setup)) {}
ScoringServerFixture::ScoringServerFixture(ScoringServerFixture&&) noexcept = default;
ScoringServerFixture& ScoringServerFixture::operator=(ScoringServerFixture&&) noexcept = default;
ScoringServerFixture::~ScoringServerFixture() = default;

QString ScoringServerFixture::start(quint16 port)
{
    m_port = 0;
    QStringList arguments{
        QStringLiteral("--bundle"),       QString::fromStdString(m_setup.bundle.string()),
        QStringLiteral("--port"),         QString::number(port),
        QStringLiteral("--bind-address"), QStringLiteral("127.0.0.1")};
    if (!m_setup.database.isEmpty())
        arguments << QStringLiteral("--database") << m_setup.database;
    if (!m_setup.principals.isEmpty())
        arguments << QStringLiteral("--principals") << m_setup.principals;
    try {
        m_process = std::make_unique<ServerProcess>(
            arguments,
            std::map<QString, QString>{{QStringLiteral("CREDIT_API_KEYS"), m_setup.serviceKey}});
    } catch (const std::exception& error) {
        m_process.reset();
        return QString::fromStdString(error.what());
    }
    m_port = m_process->port();
    return {};
}

bool ScoringServerFixture::waitUntilEveryClientIsScored(int timeoutMs) const
{
    for (int waited = 0; waited < timeoutMs; waited += 200) {
        const auto health = getJson(QStringLiteral("/health"), m_setup.serviceKey);
        if (!health.is_null() && health.value("database", "") == "ok" &&
            health["scoring"]["total"].get<long long>() > 0 &&
            health["scoring"]["scored"] == health["scoring"]["total"])
            return true;
        QTest::qWait(200);
    }
    return false;
}

void ScoringServerFixture::stop()
{
    if (!running())
        return;
    if (m_process->terminate(10000) == -1 && running())
        m_process->kill();
}

bool ScoringServerFixture::kill()
{
    return m_process && m_process->kill(10000);
}

bool ScoringServerFixture::running() const
{
    return m_process && m_process->running();
}

QUrl ScoringServerFixture::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

nlohmann::json ScoringServerFixture::getJson(const QString& route, const QString& key) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url().toString() + route));
    request.setRawHeader("X-API-Key", key.toUtf8());
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return nullptr;
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return nullptr;
    return nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
}

} // namespace credit::testing
