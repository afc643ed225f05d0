#include "api/ApiConfig.h"
#include "api/ApiKeyAuthenticator.h"
#include "api/ProblemDetails.h"
#include "api/RateLimiter.h"
#include "api/ServerMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace credit::api;
using namespace std::chrono_literals;

TEST_CASE("a problem body lists every bad field with its code")
{
    const std::vector<credit::data::FieldIssue> issues{
        {"AMT_INCOME_TOTAL", credit::data::FieldIssue::Code::OutOfRange,
         "must be between 1 and 1e+09, got -5"},
        {"FOO", credit::data::FieldIssue::Code::UnknownField,
         "is not a column of application_test"}};
    const auto body = QJsonDocument::fromJson(
                          problemBody(400, "Invalid application", "2 fields are invalid", issues))
                          .object();
    CHECK(body["status"].toInt() == 400);
    CHECK(body["type"].toString().contains("invalid-request"));
    const auto errors = body["errors"].toArray();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].toObject()["field"].toString() == "AMT_INCOME_TOTAL");
    CHECK(errors[0].toObject()["code"].toString() == "out_of_range");
    CHECK(errors[1].toObject()["code"].toString() == "unknown_field");
}

TEST_CASE("API keys are accepted only when configured and identified by a digest prefix")
{
    const ApiKeyAuthenticator authenticator({"alpha-key", " beta-key "});
    REQUIRE(authenticator.enabled());
    CHECK(authenticator.authenticate("alpha-key").has_value());
    CHECK(authenticator.authenticate("beta-key").has_value());
    CHECK_FALSE(authenticator.authenticate("alpha-ke").has_value());
    CHECK_FALSE(authenticator.authenticate("").has_value());
    const auto id = *authenticator.authenticate("alpha-key");
    CHECK(id.size() == 12);
    CHECK_FALSE(id.contains("alpha"));
    CHECK_FALSE(ApiKeyAuthenticator({}).enabled());
}

TEST_CASE("the rate limiter allows a burst, refuses beyond it and refills over time")
{
    RateLimiter limiter(60); // one per second sustained, burst of 60
    const auto start = RateLimiter::Clock::now();
    for (int i = 0; i < 60; ++i)
        REQUIRE(limiter.acquire("key", start).allowed);
    const auto refused = limiter.acquire("key", start);
    CHECK_FALSE(refused.allowed);
    CHECK(refused.retryAfterSeconds == 1);
    CHECK(limiter.acquire("other-key", start).allowed); // buckets are per key
    CHECK(limiter.acquire("key", start + 1s).allowed);
    CHECK_FALSE(limiter.acquire("key", start + 1s).allowed);
    CHECK(RateLimiter(0).acquire("key", start).allowed); // disabled
}

TEST_CASE("metrics are exposed in the Prometheus text format")
{
    ServerMetrics metrics;
    metrics.setModel("demo-1", "abc123");
    metrics.recordRequest("POST", "/v1/score", 200, 0.004);
    metrics.recordRequest("POST", "/v1/score", 400, 0.0004);
    metrics.recordDecision(true);
    const auto text = QString::fromUtf8(metrics.prometheusText());
    CHECK(text.contains(
        R"(credit_http_requests_total{method="POST",route="/v1/score",status="200"} 1)"));
    CHECK(text.contains(R"(credit_http_errors_total{status="400"} 1)"));
    CHECK(text.contains(
        R"(credit_http_request_duration_seconds_bucket{route="/v1/score",le="0.001"} 1)"));
    CHECK(text.contains(
        R"(credit_http_request_duration_seconds_bucket{route="/v1/score",le="0.005"} 2)"));
    CHECK(text.contains(R"(credit_http_request_duration_seconds_count{route="/v1/score"} 2)"));
    CHECK(text.contains(R"(credit_decisions_total{decision="refuse"} 1)"));
    CHECK(text.contains(R"(credit_model_info{version="demo-1",checksum="abc123"} 1)"));
}

TEST_CASE("configuration layers file, environment and flags, later ones winning")
{
    QTemporaryDir dir;
    const auto path = dir.filePath("server.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"port": 9000, "api_keys": ["from-file"], "max_batch_size": 50, "bundle": "/a.bundle"})");
    file.close();

    QProcessEnvironment environment;
    environment.insert("CREDIT_PORT", "9100");
    environment.insert("CREDIT_API_KEYS", "env-1,env-2");
    const auto config = ApiConfig::load(path, environment, {{"port", "9200"}});
    CHECK(config.port == 9200);
    CHECK(config.apiKeys == QStringList{"env-1", "env-2"});
    CHECK(config.maxBatchSize == 50);
    CHECK(config.bundlePath == "/a.bundle");
    CHECK(config.bindAddress == "127.0.0.1");
}

TEST_CASE("bad configuration is refused with the source and the setting named")
{
    QProcessEnvironment environment;
    environment.insert("CREDIT_PORT", "eighty");
    REQUIRE_THROWS_WITH(ApiConfig::load({}, environment, {}),
                        Catch::Contains("environment variable CREDIT_PORT") &&
                            Catch::Contains("eighty"));
    REQUIRE_THROWS_WITH(ApiConfig::load({}, {}, {{"colour", "blue"}}),
                        Catch::Contains("flag --colour") && Catch::Contains("unknown setting"));
    REQUIRE_THROWS_WITH(ApiConfig::load({}, {}, {{"api-keys", "secret"}}),
                        Catch::Contains("not accepted on the command line"));
    REQUIRE_THROWS_WITH(ApiConfig::load("/nonexistent/server.json", {}, {}),
                        Catch::Contains("/nonexistent/server.json"));
}
