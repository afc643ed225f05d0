#pragma once

#include "api/ApiReply.h"
#include "api/ApiRequest.h"

#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace credit::api {

// The server's routes a second time, for requests handled in process (no socket): each rule is
// registered with QHttpServer and here with the same handler, and dispatch() picks a rule the way
// QHttpServerRouter 6.4 does (registration order, the method among the rule's methods, the
// pattern matching the whole URL path, "<arg>" standing for one path segment).
class InProcessRoutes {
public:
    using Handler = std::function<void(const QString& argument, const ApiRequest& request,
                                       std::shared_ptr<ApiReply> reply)>;
    using Missing = std::function<void(const ApiRequest& request, std::shared_ptr<ApiReply> reply)>;

    void add(const QString& pattern, QHttpServerRequest::Methods methods, Handler handler);
    void setMissing(Missing missing) { missing_ = std::move(missing); }
    void dispatch(const ApiRequest& request, std::shared_ptr<ApiReply> reply) const;

private:
    struct Rule {
        QRegularExpression path;
        QHttpServerRequest::Methods methods;
        Handler handler;
    };
    std::vector<Rule> rules_;
    Missing missing_;
};

} // namespace credit::api
