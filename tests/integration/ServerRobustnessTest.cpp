// Hostile and heavy traffic against the real server binary: huge and absurd bodies, clients that
// hang up, many parallel requests, the rate limit, and SIGTERM with requests in flight.
#include "HttpClient.h"
#include "TestServer.h"
#include "TrainedModel.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace credit::testing;
using nlohmann::json;

namespace {

bool alive(std::uint16_t port)
{
    return httpRequest(port, "GET", "/health").status == 200;
}

std::string batchOf(std::size_t firstRow, std::size_t count)
{
    json applications = json::array();
    for (std::size_t i = 0; i < count; ++i)
        applications.push_back(json::parse(applicationBody(firstRow + i)));
    return json{{"applications", applications}}.dump();
}

double metricValue(const std::string& metrics, const std::string& name)
{
    const auto at = metrics.find("\n" + name + " ");
    return at == std::string::npos ? -1.0 : std::stod(metrics.substr(at + name.size() + 2));
}

} // namespace

TEST_CASE("bad input is a 4xx, never a 500, and never brings the server down")
{
    const auto port = sharedServer().port();
    std::vector<std::pair<std::string, std::string>> bodies{
        {"empty body", ""},
        {"null", "null"},
        {"an array", "[1, 2, 3]"},
        {"a string", "\"hello\""},
        {"deeply nested arrays", std::string(200000, '[') + std::string(200000, ']')},
        {"deeply nested objects",
         [] {
             std::string text;
             for (int i = 0; i < 50000; ++i)
                 text += "{\"a\":";
             return text + "1" + std::string(50000, '}');
         }()},
        {"NaN literal",
         R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": NaN, "AMT_CREDIT": 1, "DAYS_BIRTH": -12000})"},
        {"NaN as text",
         R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": "NaN", "AMT_CREDIT": 1, "DAYS_BIRTH": -12000})"},
        {"Infinity as text",
         R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": "Infinity", "AMT_CREDIT": "-inf", "DAYS_BIRTH": -12000})"},
        {"number overflowing a double",
         R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": 1e999, "AMT_CREDIT": 1, "DAYS_BIRTH": -12000})"},
        {"huge integer",
         R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": 123456789012345678901234567890, "AMT_CREDIT": 1, "DAYS_BIRTH": -12000})"},
        {"invalid UTF-8", "{\"NAME_CONTRACT_TYPE\": \"\xff\xfe\", \"AMT_INCOME_TOTAL\": 1, "
                          "\"AMT_CREDIT\": 1, \"DAYS_BIRTH\": -12000}"},
        {"history of the wrong shape",
         R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": 1000, "AMT_CREDIT": 1000, "DAYS_BIRTH": -12000, "bureau": [1, [2], {"AMT_CREDIT_SUM": "x"}], "previous_application": {"a": 1}})"},
        {"fractional days",
         R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": 1000, "AMT_CREDIT": 1000, "DAYS_BIRTH": -12000.5})"},
        {"duplicate keys", R"({"AMT_CREDIT": 1, "AMT_CREDIT": "x"})"},
        {"trailing garbage", R"({"AMT_CREDIT": 1} trailing)"},
    };
    for (const auto& target : {"/v1/score", "/v1/counterfactual", "/v1/score/batch"}) {
        for (const auto& [description, body] : bodies) {
            const auto response = postJson(port, target, body, kApiKey);
            INFO(target << " with " << description << ": " << response.status << " "
                        << response.body.substr(0, 300) << response.error);
            CHECK(response.status >= 400);
            CHECK(response.status < 500);
            CHECK(response.header("content-type") == "application/problem+json");
        }
    }
    REQUIRE(alive(port));
}

TEST_CASE("a 50 MB body is refused with 413 and the server stays up")
{
    const auto port = sharedServer().port();
    const std::string huge = "{\"padding\": \"" + std::string(50u << 20, 'a') + "\"}";
    const auto response = postJson(port, "/v1/score", huge, kApiKey);
    INFO(response.body << response.error);
    CHECK(response.status == 413);
    CHECK(alive(port));
}

TEST_CASE("clients hanging up before their answer do not crash the server")
{
    const auto port = sharedServer().port();
    const auto body = batchOf(0, 40);
    for (int i = 0; i < 8; ++i) {
        HttpConnection connection(port);
        REQUIRE(connection.sendRaw("POST /v1/score/batch HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                   "application/json\r\nX-API-Key: " +
                                   std::string(kApiKey) + "\r\nContent-Length: " +
                                   std::to_string(body.size()) + "\r\n\r\n" + body));
        connection.close(); // gone before the worker finishes
        HttpConnection halfRequest(port);
        REQUIRE(halfRequest.sendRaw(
            "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"AMT"));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500)); // let the abandoned work finish
    CHECK(alive(port));
    CHECK(postJson(port, "/v1/score", applicationBody(0), kApiKey).status == 200);
}

TEST_CASE("keep-alive connections serve many requests in a row")
{
    HttpConnection connection(sharedServer().port());
    REQUIRE(connection.connected());
    for (int i = 0; i < 20; ++i) {
        const auto response = connection.request(
            "POST", "/v1/score", {{"Content-Type", "application/json"}, {"X-API-Key", kApiKey}},
            applicationBody(static_cast<std::size_t>(i)));
        INFO(response.error);
        REQUIRE(response.status == 200);
    }
}

TEST_CASE("200 concurrent requests are all answered with the right score")
{
    const auto port = sharedServer().port();
    constexpr std::size_t kClients = 20;
    std::vector<json> expected(kClients);
    for (std::size_t row = 0; row < kClients; ++row)
        expected[row] =
            postJson(port, "/v1/score", applicationBody(row), kApiKey).json()["probability"];
    std::vector<std::string> bodies;
    for (std::size_t row = 0; row < kClients; ++row)
        bodies.push_back(applicationBody(row));

    constexpr int kRequests = 200;
    std::atomic<int> correct{0};
    std::vector<std::string> failures(kRequests);
    std::vector<std::thread> threads;
    for (int i = 0; i < kRequests; ++i) {
        threads.emplace_back([&, i] {
            const auto row = static_cast<std::size_t>(i) % kClients;
            const auto response = postJson(port, "/v1/score", bodies[row], kApiKey);
            if (response.status == 200 && response.json()["probability"] == expected[row])
                ++correct;
            else
                failures[static_cast<std::size_t>(i)] =
                    std::to_string(response.status) + " " + response.error;
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (const auto& failure : failures)
        if (!failure.empty())
            FAIL_CHECK(failure);
    CHECK(correct == kRequests);
    CHECK(alive(port));
}

TEST_CASE("beyond the rate limit the answer is 429 with Retry-After, per key")
{
    auto server = startServer({QStringLiteral("--rate-limit-per-minute"), QStringLiteral("3")});
    const auto port = server->port();
    for (int i = 0; i < 3; ++i)
        REQUIRE(getWithKey(port, "/v1/model", kApiKey).status == 200);
    const auto limited = getWithKey(port, "/v1/model", kApiKey);
    INFO(limited.body);
    REQUIRE(limited.status == 429);
    CHECK(limited.header("content-type") == "application/problem+json");
    CHECK(std::stoi(limited.header("retry-after")) >= 1);
    CHECK(httpRequest(port, "GET", "/health").status == 200); // public routes are not limited
    CHECK(server->terminate() == 0);
}

TEST_CASE("SIGTERM lets in-flight requests finish, then the server exits 0")
{
    // One worker and batches of 100 full client files (~2 MB each, hence the larger body
    // limit): the requests queue up long enough to be caught in flight.
    auto server = startServer({QStringLiteral("--worker-threads"), QStringLiteral("1"),
                               QStringLiteral("--max-body-bytes"), QStringLiteral("16777216")});
    const auto port = server->port();
    constexpr int kSlowRequests = 4;
    const auto body = batchOf(0, 100);
    std::vector<HttpResponse> responses(kSlowRequests);
    std::vector<std::thread> threads;
    for (int i = 0; i < kSlowRequests; ++i)
        threads.emplace_back([&, i] {
            responses[static_cast<std::size_t>(i)] =
                postJson(port, "/v1/score/batch", body, kApiKey);
        });
    // Wait until the server holds them all (the metrics request counts itself too).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    double inFlight = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        inFlight = metricValue(httpRequest(port, "GET", "/metrics").body,
                               "credit_http_requests_in_flight");
        if (inFlight >= kSlowRequests + 1)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const int exitCode = server->terminate();
    for (auto& thread : threads)
        thread.join();
    REQUIRE(inFlight >= kSlowRequests + 1);
    for (const auto& response : responses) {
        INFO(response.error << response.body.substr(0, 200));
        CHECK(response.status == 200);
        if (response.status == 200)
            CHECK(response.json()["results"].size() == 100);
    }
    CHECK(exitCode == 0);
    CHECK(server->standardError().find("finishing in-flight requests") != std::string::npos);
}
