#include "service/RemoteScorer.h"

#include "explain/ExplanationJson.h"
#include "service/RemoteProblemText.h"

namespace credit::service {

RemoteScorer::RemoteScorer(QObject* parent) : QObject(parent), m_exchange(new ApiExchange(this)) {}

RemoteScorer::~RemoteScorer() = default;

void RemoteScorer::score(quint64 ticket, QByteArray clientJson)
{
    ApiCall call;
    call.method = "POST";
    call.route = QStringLiteral("/v1/score");
    call.body = std::move(clientJson);
    // Scoring changes nothing on the server: every transient failure may be retried.
    m_exchange->send(std::move(call), this, [this, ticket](const ApiOutcome& outcome) {
        if (const auto* problem = std::get_if<ApiProblem>(&outcome)) {
            emit failed(ticket, problem->kind, problem->text);
            return;
        }
        try {
            emit finished(ticket, explain::explanationFromJson(std::get<ApiAnswer>(outcome).body));
        } catch (const std::exception& failure) {
            emit failed(ticket, RemoteFailure::BadAnswer,
                        answerUnreadable(
                            settings().baseUrl.toDisplayString(QUrl::RemoveUserInfo).toStdString(),
                            failure.what()));
        }
    });
}

} // namespace credit::service
