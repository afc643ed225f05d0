#include "api/InProcessRoutes.h"

namespace credit::api {

void InProcessRoutes::add(const QString& pattern, QHttpServerRequest::Methods methods,
                          Handler handler)
{
    // Qt's router turns "<arg>" of a QString argument into "([^/]+)" and anchors the pattern.
    auto expression = QRegularExpression::escape(pattern);
    expression.replace(QRegularExpression::escape(QStringLiteral("<arg>")),
                       QStringLiteral("([^/]+)"));
    rules_.push_back({QRegularExpression(QRegularExpression::anchoredPattern(expression)), methods,
                      std::move(handler)});
}

void InProcessRoutes::dispatch(const ApiRequest& request, std::shared_ptr<ApiReply> reply) const
{
    const auto path = request.url().path();
    for (const auto& rule : rules_) {
        if (!rule.methods.testFlag(request.method()))
            continue;
        const auto match = rule.path.match(path);
        if (!match.hasMatch())
            continue;
        rule.handler(match.lastCapturedIndex() >= 1 ? match.captured(1) : QString(), request,
                     std::move(reply));
        return;
    }
    if (missing_)
        missing_(request, std::move(reply));
}

} // namespace credit::api
