#include "service/RemoteCounterfactuals.h"

#include "explain/ExplanationJson.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace credit::service {

explain::CounterfactualResult fetchCounterfactuals(const RemoteSettings& settings,
                                                   const QByteArray& clientJson)
{
    // Objects of this thread only: a worker has no event loop of its own, so it runs one until
    // the reply is complete (the request's transfer timeout bounds the wait).
    QNetworkAccessManager network;
    QNetworkReply* reply =
        network.post(apiRequest(settings, QStringLiteral("/v1/counterfactual")), clientJson);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString server = settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    if (reply->error() != QNetworkReply::NoError || status != 200)
        throw std::runtime_error(QStringLiteral("the server %1 gave no suggestions (HTTP %2, %3)")
                                     .arg(server)
                                     .arg(status)
                                     .arg(reply->errorString())
                                     .toStdString());
    try {
        return explain::counterfactualsFromJson(
            nlohmann::json::parse(answer.constData(), answer.constData() + answer.size()));
    } catch (const std::exception& error) {
        throw std::runtime_error("the server " + server.toStdString() +
                                 " sent unreadable suggestions: " + error.what());
    }
}

} // namespace credit::service
