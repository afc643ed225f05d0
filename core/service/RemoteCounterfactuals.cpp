#include "service/RemoteCounterfactuals.h"

#include "common/LocalizedError.h"
#include "explain/ExplanationJson.h"
#include "service/RemoteProblemText.h"

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
    const std::string server = settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo).toStdString();
    const std::string http = "HTTP " + std::to_string(status);
    if (status == 401 || status == 403)
        throw LocalizedError(apiKeyRefused(server, status));
    if (status == 0)
        throw LocalizedError(serverSilent(server, reply->errorString().toStdString(), 1));
    if (reply->error() != QNetworkReply::NoError || status != 200)
        throw LocalizedError({"le serveur " + server + " n'a pas donné de pistes (" + http + ")",
                              "the server " + server + " gave no suggestions (" + http + ")"});
    try {
        return explain::counterfactualsFromJson(
            nlohmann::json::parse(answer.constData(), answer.constData() + answer.size()));
    } catch (const std::exception& error) {
        throw LocalizedError(
            {"le serveur " + server + " a envoyé des pistes illisibles",
             "the server " + server + " sent unreadable suggestions: " + error.what()});
    }
}

} // namespace credit::service
