#include "api/ProblemDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::api {

namespace {

QString problemType(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("urn:credit-scoring:problem:invalid-request");
    case 401:
        return QStringLiteral("urn:credit-scoring:problem:unauthorized");
    case 404:
        return QStringLiteral("urn:credit-scoring:problem:not-found");
    case 405:
        return QStringLiteral("urn:credit-scoring:problem:method-not-allowed");
    case 413:
        return QStringLiteral("urn:credit-scoring:problem:body-too-large");
    case 415:
        return QStringLiteral("urn:credit-scoring:problem:unsupported-media-type");
    case 429:
        return QStringLiteral("urn:credit-scoring:problem:rate-limited");
    case 503:
        return QStringLiteral("urn:credit-scoring:problem:unavailable");
    default:
        return QStringLiteral("about:blank");
    }
}

} // namespace

QByteArray problemBody(int status, const QString& title, const QString& detail,
                       const std::vector<data::FieldIssue>& issues)
{
    QJsonObject body{{QStringLiteral("type"), problemType(status)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("detail"), detail}};
    if (!issues.empty()) {
        QJsonArray errors;
        for (const auto& issue : issues) {
            errors.append(QJsonObject{
                {QStringLiteral("field"), QString::fromStdString(issue.field)},
                {QStringLiteral("code"), QString::fromLatin1(data::toString(issue.code).data())},
                {QStringLiteral("message"), QString::fromStdString(issue.message)}});
        }
        body.insert(QStringLiteral("errors"), errors);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHttpServerResponse problemResponse(QHttpServerResponse::StatusCode status, const QString& title,
                                    const QString& detail,
                                    const std::vector<data::FieldIssue>& issues)
{
    return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                               problemBody(static_cast<int>(status), title, detail, issues),
                               status);
}

} // namespace credit::api
