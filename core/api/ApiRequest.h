#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace credit::api {

// A request as the API's handling reads it (method, URL, headers, body, peer), detached from the
// connection it came on. QHttpServerRequest cannot be built outside Qt's connection code, so the
// server copies each one into this form at its door; tests and the fuzz harness build it directly
// and hand it to ScoringApiServer::handleInProcess. The accessors keep QHttpServerRequest's names.
class ApiRequest {
public:
    using Method = QHttpServerRequest::Method;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    ApiRequest(Method method, QUrl url, Headers headers, QByteArray body,
               QHostAddress remoteAddress = QHostAddress(QHostAddress::LocalHost));
    static ApiRequest from(const QHttpServerRequest& request);

    Method method() const { return method_; }
    const QUrl& url() const { return url_; }
    QUrlQuery query() const { return QUrlQuery(url_); }
    const Headers& headers() const { return headers_; }
    const QByteArray& body() const { return body_; }
    const QHostAddress& remoteAddress() const { return remoteAddress_; }
    // The first header of that name, compared without case; empty when absent.
    QByteArray header(const QByteArray& name) const;

private:
    Method method_;
    QUrl url_;
    Headers headers_;
    QByteArray body_;
    QHostAddress remoteAddress_;
};

} // namespace credit::api
