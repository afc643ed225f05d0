// ScoringApiServer::handleInProcess: a request built in memory goes through the same routes and
// checks as one arriving on a socket (the fuzz harness relies on it), with no socket or event loop.
#include "../explain/TrainedModel.h"
#include "api/ApiRequest.h"
#include "api/ScoringApiServer.h"
#include "data/ClientRecordJson.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using credit::api::ApiRequest;
using Method = ApiRequest::Method;

namespace {

constexpr const char* kKey = "in-process-key-42";

credit::api::ScoringApiServer& server()
{
    // Never destroyed, like the model it holds (see TrainedModel.h).
    static auto* instance = [] {
        static int argc = 1;
        static char name[] = "test";
        static char* argv[] = {name, nullptr};
        static QCoreApplication application(argc, argv);
        credit::api::ApiConfig config;
        config.apiKeys = {QString::fromLatin1(kKey)};
        config.accessLogPath = QStringLiteral("/dev/null");
        return std::make_unique<credit::api::ScoringApiServer>(
                   config, credit::explain::testing::syntheticModel().engine)
            .release();
    }();
    return *instance;
}

QHttpServerResponse handle(Method method, const char* target, const QByteArray& body = {},
                           bool withKey = true, const QByteArray& contentType = "application/json")
{
    ApiRequest::Headers headers;
    if (withKey)
        headers.append(qMakePair(QByteArray("x-api-key"), QByteArray(kKey))); // any case
    headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return server().handleInProcess(ApiRequest(method, QUrl::fromEncoded(target), headers, body));
}

int status(const QHttpServerResponse& response)
{
    return static_cast<int>(response.statusCode());
}

} // namespace

TEST_CASE("handleInProcess answers the public routes without a key")
{
    const auto health = handle(Method::Get, "/health", {}, false);
    CHECK(status(health) == 200);
    CHECK(nlohmann::json::parse(health.data().toStdString())["status"] == "ok");
    CHECK(status(handle(Method::Get, "/metrics", {}, false)) == 200);
}

TEST_CASE("handleInProcess scores a client with the same checks as the network path")
{
    const auto body = QByteArray::fromStdString(
        credit::data::clientRecordToJson(credit::explain::testing::syntheticModel().dataset, 3)
            .dump());
    const auto scored = handle(Method::Post, "/v1/score?lang=en", body);
    REQUIRE(status(scored) == 200);
    const auto answer = nlohmann::json::parse(scored.data().toStdString());
    CHECK(answer.contains("probability"));

    CHECK(status(handle(Method::Post, "/v1/score", body, false)) == 401);
    CHECK(status(handle(Method::Post, "/v1/score?lang=de", body)) == 400);
    CHECK(status(handle(Method::Post, "/v1/score", body, true, "text/plain")) == 415);
    CHECK(status(handle(Method::Post, "/v1/score", "{not json")) == 400);
}

TEST_CASE("handleInProcess routes like QHttpServer: 405 for a known path, 404 otherwise")
{
    const auto wrongMethod = handle(Method::Delete, "/v1/score");
    CHECK(status(wrongMethod) == 405);
    CHECK(wrongMethod.headers("Allow") == QList<QByteArray>{"POST"});
    CHECK(status(handle(Method::Get, "/v1/clients/12")) == 404); // no portfolio configured
    CHECK(status(handle(Method::Get, "/v1/clients/12/extra")) == 404);
    CHECK(status(handle(Method::Get, "/nowhere")) == 404);
    CHECK(status(handle(Method::Unknown, "/health")) == 404);
}
