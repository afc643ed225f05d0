#include "service/RemoteScorer.h"

#include "explain/ExplanationJson.h"
#include "service/RemoteProblemText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace credit::service {

QNetworkRequest apiRequest(const RemoteSettings& settings, const QString& route)
{
    QUrl url = settings.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + route);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lang"),
                       settings.language.isEmpty() ? QStringLiteral("fr") : settings.language);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!settings.apiKey.isEmpty())
        request.setRawHeader("X-API-Key", settings.apiKey.toUtf8());
    request.setTransferTimeout(settings.timeoutMs);
    return request;
}

RemoteScorer::RemoteScorer(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{}

RemoteScorer::~RemoteScorer() = default;

void RemoteScorer::score(quint64 ticket, QByteArray clientJson)
{
    attempt(ticket, std::move(clientJson), 0);
}

void RemoteScorer::attempt(quint64 ticket, QByteArray body, int attemptIndex)
{
    const QNetworkRequest request = apiRequest(m_settings, QStringLiteral("/v1/score"));
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, ticket, body, attemptIndex] {
        onReply(reply, ticket, body, attemptIndex);
    });
}

void RemoteScorer::onReply(QNetworkReply* reply, quint64 ticket, const QByteArray& body,
                           int attemptIndex)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const auto error = reply->error();

    if (error == QNetworkReply::NoError && status == 200) {
        try {
            emit finished(ticket, explain::explanationFromJson(nlohmann::json::parse(
                                      answer.constData(), answer.constData() + answer.size())));
        } catch (const std::exception& failure) {
            emit failed(ticket, RemoteFailure::BadAnswer,
                        answerUnreadable(
                            m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo).toStdString(),
                            failure.what()));
        }
        return;
    }

    const bool transient = status == 0 || status == 429 || status >= 500;
    if (transient && attemptIndex < m_settings.retries) {
        const int wait = m_settings.backoffMs * (1 << attemptIndex);
        QTimer::singleShot(wait, this, [this, ticket, body, attemptIndex] {
            attempt(ticket, body, attemptIndex + 1);
        });
        return;
    }

    const std::string server =
        m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo).toStdString();
    if (status == 401 || status == 403) {
        emit failed(ticket, RemoteFailure::Unauthorized, apiKeyRefused(server, status));
    } else if (status >= 400 && status < 500 && status != 429) {
        // The problem document's detail names the offending field; show it as is.
        std::string detail;
        try {
            const auto problem =
                nlohmann::json::parse(answer.constData(), answer.constData() + answer.size());
            detail = problem.value("detail", std::string{});
        } catch (const std::exception&) {
        }
        emit failed(ticket, RemoteFailure::Rejected, fileRejected(status, detail));
    } else if (status == 0) {
        emit failed(ticket, RemoteFailure::Unreachable,
                    serverSilent(server, reply->errorString().toStdString(), attemptIndex + 1));
    } else {
        emit failed(ticket, RemoteFailure::Unreachable,
                    serverFailing(server, status, attemptIndex + 1));
    }
}

} // namespace credit::service
