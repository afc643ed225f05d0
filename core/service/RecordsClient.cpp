#include "service/RecordsClient.h"

#include "service/RemoteProblemText.h"
#include "service/ServerRecordsJson.h"

namespace credit::service {

RecordsClient::RecordsClient(QObject* parent) : QObject(parent), m_exchange(new ApiExchange(this))
{}

RecordsClient::~RecordsClient() = default;

template <typename T>
void RecordsClient::fetch(ApiCall call, const QObject* context,
                          std::function<T(const nlohmann::json&)> parse,
                          std::function<void(Fetched<T>)> done)
{
    m_exchange->send(
        std::move(call), context,
        [this, parse = std::move(parse), done = std::move(done)](const ApiOutcome& outcome) {
            if (const auto* problem = std::get_if<ApiProblem>(&outcome)) {
                done(*problem);
                return;
            }
            const auto& answer = std::get<ApiAnswer>(outcome);
            try {
                done(parse(answer.body));
            } catch (const std::exception& failure) {
                // A server of another version, or a file this app cannot read: say which.
                done(ApiProblem{
                    RemoteFailure::BadAnswer, answer.status,
                    answerUnreadable(
                        settings().baseUrl.toDisplayString(QUrl::RemoveUserInfo).toStdString(),
                        failure.what())});
            }
        });
}

void RecordsClient::listClients(const ClientListQuery& query, const QObject* context,
                                std::function<void(Fetched<ClientPage>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/clients");
    call.query = toUrlQuery(query);
    fetch<ClientPage>(std::move(call), context, clientPageFromJson, std::move(done));
}

void RecordsClient::fetchClient(long long clientId, const QObject* context,
                                std::function<void(Fetched<ServerClientFile>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/clients/%1").arg(clientId);
    fetch<ServerClientFile>(std::move(call), context, clientFileFromJson, std::move(done));
}

void RecordsClient::fetchModel(const QObject* context,
                               std::function<void(Fetched<ServerModelIdentity>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/model");
    fetch<ServerModelIdentity>(std::move(call), context, modelIdentityFromJson, std::move(done));
}

void RecordsClient::fetchScenarios(long long clientId, const QObject* context,
                                   std::function<void(Fetched<std::vector<ServerScenario>>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/clients/%1/scenarios").arg(clientId);
    fetch<std::vector<ServerScenario>>(std::move(call), context, clientScenariosFromJson,
                                       std::move(done));
}

void RecordsClient::fetchDecisions(long long clientId, const QObject* context,
                                   std::function<void(Fetched<std::vector<ServerDecision>>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/clients/%1/decisions").arg(clientId);
    fetch<std::vector<ServerDecision>>(std::move(call), context, clientDecisionsFromJson,
                                       std::move(done));
}

void RecordsClient::fetchDistribution(const std::string& variable,
                                      const population::GroupFilter& group, const QObject* context,
                                      std::function<void(Fetched<ServerDistribution>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/population/distribution");
    call.query = toUrlQuery(group);
    call.query.addQueryItem(QStringLiteral("variable"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                            QString::fromStdString(variable))));
    fetch<ServerDistribution>(std::move(call), context, distributionFromJson, std::move(done));
}

void RecordsClient::fetchDensity(const std::string& x, const std::string& y,
                                 const population::GroupFilter& group, const QObject* context,
                                 std::function<void(Fetched<ServerDensity>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/population/density");
    call.query = toUrlQuery(group);
    call.query.addQueryItem(QStringLiteral("x"), QString::fromStdString(x));
    call.query.addQueryItem(QStringLiteral("y"), QString::fromStdString(y));
    fetch<ServerDensity>(std::move(call), context, densityFromJson, std::move(done));
}

void RecordsClient::fetchReviewQueue(bool overridesOnly, const QString& since, const QString& after,
                                     int limit, const QObject* context,
                                     std::function<void(Fetched<DecisionPage>)> done)
{
    ApiCall call;
    call.route = QStringLiteral("/v1/decisions");
    if (overridesOnly)
        call.query.addQueryItem(QStringLiteral("override"), QStringLiteral("true"));
    if (!since.isEmpty())
        call.query.addQueryItem(QStringLiteral("since"),
                                QString::fromLatin1(QUrl::toPercentEncoding(since)));
    if (!after.isEmpty())
        call.query.addQueryItem(QStringLiteral("after"),
                                QString::fromLatin1(QUrl::toPercentEncoding(after)));
    call.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    fetch<DecisionPage>(std::move(call), context, decisionPageFromJson, std::move(done));
}

void RecordsClient::post(const QString& route, const QByteArray& body,
                         const QByteArray& idempotencyKey, const QObject* context,
                         std::function<void(const ApiOutcome&)> done)
{
    ApiCall call;
    call.method = "POST";
    call.route = route;
    call.body = body;
    call.idempotencyKey = idempotencyKey;
    call.retryTransient = !idempotencyKey.isEmpty();
    m_exchange->send(std::move(call), context, std::move(done));
}

} // namespace credit::service
