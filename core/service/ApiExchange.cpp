#include "service/ApiExchange.h"

#include "service/RemoteProblemText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace credit::service {

QNetworkRequest apiRequest(const RemoteSettings& settings, const QString& route,
                           const QUrlQuery& extra)
{
    QUrl url = settings.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + route);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lang"),
                       settings.language.isEmpty() ? QStringLiteral("fr") : settings.language);
    for (const auto& [name, value] : extra.queryItems(QUrl::FullyEncoded))
        query.addQueryItem(name, value);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!settings.apiKey.isEmpty())
        request.setRawHeader("X-API-Key", settings.apiKey.toUtf8());
    request.setTransferTimeout(settings.timeoutMs);
    return request;
}

namespace {

std::string serverName(const RemoteSettings& settings)
{
    return settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo).toStdString();
}

} // namespace

ApiExchange::ApiExchange(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{}

ApiExchange::~ApiExchange() = default;

void ApiExchange::send(ApiCall call, const QObject* context,
                       std::function<void(const ApiOutcome&)> done)
{
    attempt(std::move(call), context, std::move(done), 0);
}

void ApiExchange::attempt(ApiCall call, const QObject* context,
                          std::function<void(const ApiOutcome&)> done, int attemptIndex)
{
    QNetworkRequest request = apiRequest(m_settings, call.route, call.query);
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey);
    QNetworkReply* reply =
        call.method == "POST" ? m_network->post(request, call.body) : m_network->get(request);
    QPointer<QObject> guard(const_cast<QObject*>(context));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call = std::move(call), guard, context, done = std::move(done),
             attemptIndex]() mutable {
                reply->deleteLater();
                if (context && !guard)
                    return; // the caller is gone: nobody to tell
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray answer = reply->readAll();
                const std::string server = serverName(m_settings);

                if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
                    ApiAnswer ok;
                    ok.status = status;
                    ok.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
                    try {
                        if (!answer.isEmpty())
                            ok.body = nlohmann::json::parse(answer.constData(),
                                                            answer.constData() + answer.size());
                    } catch (const std::exception& failure) {
                        done(ApiProblem{RemoteFailure::BadAnswer, status,
                                        answerUnreadable(server, failure.what())});
                        return;
                    }
                    done(ok);
                    return;
                }

                const bool transient = status == 0 || status == 429 || status >= 500;
                if (transient && call.retryTransient && attemptIndex < m_settings.retries) {
                    const int wait = m_settings.backoffMs * (1 << attemptIndex);
                    QTimer::singleShot(wait, this,
                                       [this, call = std::move(call), context,
                                        done = std::move(done), attemptIndex]() mutable {
                                           attempt(std::move(call), context, std::move(done),
                                                   attemptIndex + 1);
                                       });
                    return;
                }
                if (status == 401 || status == 403) {
                    done(ApiProblem{RemoteFailure::Unauthorized, status,
                                    apiKeyRefused(server, status)});
                } else if (status >= 400 && status < 500 && status != 429) {
                    // The problem document's detail names the offending field; shown as is.
                    std::string detail;
                    try {
                        detail = nlohmann::json::parse(answer.constData(),
                                                       answer.constData() + answer.size())
                                     .value("detail", std::string{});
                    } catch (const std::exception&) {
                    }
                    done(ApiProblem{RemoteFailure::Rejected, status, fileRejected(status, detail)});
                } else if (status == 0) {
                    done(ApiProblem{RemoteFailure::Unreachable, 0,
                                    serverSilent(server, reply->errorString().toStdString(),
                                                 attemptIndex + 1)});
                } else {
                    done(ApiProblem{RemoteFailure::Unreachable, status,
                                    serverFailing(server, status, attemptIndex + 1)});
                }
            });
}

} // namespace credit::service
