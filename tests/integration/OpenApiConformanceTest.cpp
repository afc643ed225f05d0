// The OpenAPI document against the real server: for every documented path and method, requests
// that should succeed and requests that should fail are sent; each answer's status must be
// documented for that operation, its media type must be the documented one, and its body must
// carry the documented required properties with the documented types.
#include "HttpClient.h"
#include "TestServer.h"
#include "TrainedModel.h"

#include <catch2/catch.hpp>
#include <set>

using namespace credit::testing;
using nlohmann::json;

namespace {

// JSON-schema-lite: $ref, type, required, properties, items, enum, minimum/maximum, maxItems.
class SchemaChecker {
public:
    explicit SchemaChecker(const json& document) : document_(document) {}

    const json& resolve(const json& schema) const
    {
        if (!schema.contains("$ref"))
            return schema;
        const auto reference = schema["$ref"].get<std::string>();
        REQUIRE(reference.rfind("#/", 0) == 0);
        return resolve(document_.at(json::json_pointer(reference.substr(1))));
    }

    // Appends "path: problem" for everything the value does not satisfy.
    void check(const json& schemaOrRef, const json& value, const std::string& path,
               std::vector<std::string>& problems) const
    {
        const auto& schema = resolve(schemaOrRef);
        if (schema.contains("type") && !hasType(value, schema["type"].get<std::string>())) {
            problems.push_back(path + ": expected " + schema["type"].get<std::string>() + ", got " +
                               value.type_name());
            return;
        }
        if (schema.contains("enum")) {
            bool found = false;
            for (const auto& allowed : schema["enum"])
                found = found || allowed == value;
            if (!found)
                problems.push_back(path + ": " + value.dump() + " is not one of " +
                                   schema["enum"].dump());
        }
        if (value.is_number()) {
            if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>())
                problems.push_back(path + ": below the documented minimum");
            if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>())
                problems.push_back(path + ": above the documented maximum");
        }
        if (value.is_object()) {
            for (const auto& name : schema.value("required", json::array()))
                if (!value.contains(name.get<std::string>()))
                    problems.push_back(path + ": required property " + name.get<std::string>() +
                                       " is missing");
            const auto properties = schema.value("properties", json::object());
            for (const auto& [name, propertySchema] : properties.items())
                if (value.contains(name))
                    check(propertySchema, value[name], path + "." + name, problems);
        }
        if (value.is_array()) {
            if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>())
                problems.push_back(path + ": more items than the documented maxItems");
            if (schema.contains("items"))
                for (std::size_t i = 0; i < value.size(); ++i)
                    check(schema["items"], value[i], path + "[" + std::to_string(i) + "]",
                          problems);
        }
    }

private:
    static bool hasType(const json& value, const std::string& type)
    {
        if (type == "object")
            return value.is_object();
        if (type == "array")
            return value.is_array();
        if (type == "string")
            return value.is_string();
        if (type == "integer")
            return value.is_number_integer() ||
                   (value.is_number_float() &&
                    value.get<double>() == static_cast<double>(value.get<long long>()));
        if (type == "number")
            return value.is_number();
        if (type == "boolean")
            return value.is_boolean();
        return false;
    }

    const json& document_;
};

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
        probes.push_back(
            {"unknown id", httpRequest(port, upper, "/v1/clients/999999999", headers)});
        probes.push_back({"malformed id", httpRequest(port, upper, "/v1/clients/x1", headers)});
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
    CHECK(operations == std::set<std::string>{"get /health", "get /metrics", "get /openapi.json",
                                              "get /v1/model", "post /v1/score",
                                              "post /v1/score/batch", "post /v1/counterfactual",
                                              "get /v1/clients/{id}"});
}

TEST_CASE("the document declares rate limiting and the problem shape the server sends")
{
    const auto document = httpRequest(sharedServer().port(), "GET", "/openapi.json").json();
    CHECK(document["paths"]["/v1/score"]["post"]["responses"].contains("429"));
    CHECK(document["components"]["schemas"]["Problem"]["required"] ==
          json({"type", "title", "status", "detail"}));
}
