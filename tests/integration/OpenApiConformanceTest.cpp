// The OpenAPI document against the real server: for every documented path and method, requests
// that should succeed and requests that should fail are sent; each answer's status must be
// documented for that operation, its media type must be the documented one, and its body must
// carry the documented required properties with the documented types.
#include "HttpClient.h"
#include "OpenApiSchemaChecker.h"
#include "TestServer.h"
#include "TrainedModel.h"

#include <catch2/catch.hpp>
#include <set>

using namespace credit::testing;
using nlohmann::json;

namespace {

struct Probe {
    std::string description;
    HttpResponse response;
};

// Requests for one operation: the valid one first, then one per documented failure.
std::vector<Probe> probesFor(const std::string& path, const std::string& method,
                             const json& operation, std::uint16_t port)
{
    std::vector<Probe> probes;
    const bool secured = operation.contains("security");
    const bool hasBody = operation.contains("requestBody");
    std::string target = path;
    const auto id = static_cast<long long>(
        trainedModel().portfolio.applications.column("SK_ID_CURR").number(4));
    const auto brace = target.find("{id}");
    if (brace != std::string::npos)
        target.replace(brace, 4, std::to_string(id));
    std::string body;
    if (hasBody)
        body = path == "/v1/score/batch" ? R"({"applications": [)" + applicationBody(4) + "]}"
                                         : applicationBody(4);
    const auto upper = method == "get" ? std::string("GET") : std::string("POST");
    HeaderList headers{{"X-API-Key", kApiKey}};
    if (hasBody)
        headers.emplace_back("Content-Type", "application/json");
    probes.push_back(
        {"valid request", httpRequest(port, upper, target + "?lang=en", headers, body)});
    if (secured) {
        HeaderList noKey;
        if (hasBody)
            noKey.emplace_back("Content-Type", "application/json");
        probes.push_back({"no API key", httpRequest(port, upper, target, noKey, body)});
    }
    if (hasBody) {
        probes.push_back({"malformed JSON", httpRequest(port, upper, target, headers, "{")});
        probes.push_back({"invalid field",
                          httpRequest(port, upper, target, headers,
                                      path == "/v1/score/batch" ? R"({"applications": "x"})"
                                                                : R"({"AMT_INCOME_TOTAL": -1})")});
        probes.push_back(
            {"wrong media type",
             httpRequest(port, upper, target,
                         {{"X-API-Key", kApiKey}, {"Content-Type", "text/csv"}}, body)});
        probes.push_back({"too large", httpRequest(port, upper, target, headers,
                                                   std::string((1 << 20) + 10, ' '))});
    }
    if (brace != std::string::npos) {
        // The operation's own path with an id no client has, and with a malformed one.
        const auto withId = [&path](const std::string& id) {
            auto other = path;
            other.replace(other.find("{id}"), 4, id);
            return other;
        };
        probes.push_back({"unknown id", httpRequest(port, upper, withId("999999999"), headers,
                                                    hasBody ? body : std::string())});
        probes.push_back({"malformed id", httpRequest(port, upper, withId("x1"), headers,
                                                      hasBody ? body : std::string())});
    }
    return probes;
}

} // namespace

TEST_CASE("every documented operation answers with documented statuses and bodies")
{
    const auto port = sharedServer().port();
    const auto document = httpRequest(port, "GET", "/openapi.json").json();
    const SchemaChecker checker(document);
    std::set<std::string> operations;
    for (const auto& [path, item] : document["paths"].items()) {
        for (const auto& [method, operation] : item.items()) {
            operations.insert(method + " " + path);
            for (const auto& probe : probesFor(path, method, operation, port)) {
                const auto& response = probe.response;
                INFO(method << " " << path << " (" << probe.description << "): " << response.status
                            << " " << response.body.substr(0, 400));
                const auto status = std::to_string(response.status);
                REQUIRE(operation["responses"].contains(status));
                const auto& documented = checker.resolve(operation["responses"][status]);
                REQUIRE(documented.contains("content"));
                auto mediaType = response.header("content-type");
                mediaType = mediaType.substr(0, mediaType.find(';'));
                REQUIRE(documented["content"].contains(mediaType));
                const auto& schema = documented["content"][mediaType]["schema"];
                json body = response.body;
                if (mediaType != "text/plain")
                    body = response.json();
                std::vector<std::string> problems;
                checker.check(schema, body, "body", problems);
                INFO("schema problems: " << json(problems).dump());
                CHECK(problems.empty());
            }
        }
    }
    // The document covers the whole API the server serves.
    CHECK(operations ==
          std::set<std::string>{"get /health", "get /metrics", "get /openapi.json", "get /v1/model",
                                "post /v1/score", "post /v1/score/batch", "post /v1/counterfactual",
                                "get /v1/clients/{id}", "get /ready", "get /v1/clients",
                                "get /v1/population/distribution", "get /v1/population/density",
                                "post /v1/applications", "get /v1/applications/{id}",
                                "post /v1/clients/{id}/scenarios", "get /v1/clients/{id}/scenarios",
                                "post /v1/clients/{id}/decisions", "get /v1/clients/{id}/decisions",
                                "get /v1/decisions"});
}

TEST_CASE("the document declares rate limiting and the problem shape the server sends")
{
    const auto document = httpRequest(sharedServer().port(), "GET", "/openapi.json").json();
    CHECK(document["paths"]["/v1/score"]["post"]["responses"].contains("429"));
    CHECK(document["components"]["schemas"]["Problem"]["required"] ==
          json({"type", "title", "status", "detail"}));
}
