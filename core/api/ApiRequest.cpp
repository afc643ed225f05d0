#include "api/ApiRequest.h"

namespace credit::api {

ApiRequest::ApiRequest(Method method, QUrl url, Headers headers, QByteArray body,
                       QHostAddress remoteAddress)
    : method_(method), url_(std::move(url)), headers_(std::move(headers)), body_(std::move(body)),
      remoteAddress_(std::move(remoteAddress))
{}

ApiRequest ApiRequest::from(const QHttpServerRequest& request)
{
    return ApiRequest(request.method(), request.url(), request.headers(), request.body(),
                      request.remoteAddress());
}

QByteArray ApiRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers_)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace credit::api
