// Every endpoint and every error path of the real server binary, over real sockets.
#include "HttpClient.h"
#include "TestServer.h"
#include "TrainedModel.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

using namespace credit::testing;
using nlohmann::json;

namespace {

std::uint16_t port()
{
    return sharedServer().port();
}

json minimalApplication()
{
    return {{"NAME_CONTRACT_TYPE", "Cash loans"},
            {"AMT_INCOME_TOTAL", 135000.0},
            {"AMT_CREDIT", 450000.0},
            {"DAYS_BIRTH", -12000}};
}

std::vector<std::string> readLines(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

void requireProblem(const HttpResponse& response, int status)
{
    INFO(response.body);
    REQUIRE(response.status == status);
    CHECK(response.header("content-type") == "application/problem+json");
    const auto body = response.json();
    CHECK(body["status"] == status);
    CHECK(body["title"].is_string());
    CHECK(body["detail"].is_string());
    CHECK(body["type"].is_string());
}

std::set<std::string> errorFields(const HttpResponse& response)
{
    std::set<std::string> fields;
    const auto body = response.json(); // the loop must not run over a destroyed temporary
    for (const auto& error : body["errors"])
        fields.insert(error["field"].get<std::string>() + ":" + error["code"].get<std::string>());
    return fields;
}

} // namespace

TEST_CASE("GET /health says the model is loaded, without a key")
{
    const auto response = httpRequest(port(), "GET", "/health");
    REQUIRE(response.status == 200);
    const auto body = response.json();
    CHECK(body["status"] == "ok");
    CHECK(body["model_loaded"] == true);
    CHECK(body["portfolio_loaded"] == true);
    CHECK(!body["model_version"].get<std::string>().empty());
}

TEST_CASE("GET /v1/model describes the model to key holders only")
{
    requireProblem(httpRequest(port(), "GET", "/v1/model"), 401);
    const auto wrongKey = getWithKey(port(), "/v1/model", "not-the-key");
    requireProblem(wrongKey, 401);
    CHECK(wrongKey.header("www-authenticate").find("X-API-Key") != std::string::npos);
    const auto response = getWithKey(port(), "/v1/model", kApiKey);
    REQUIRE(response.status == 200);
    const auto body = response.json();
    CHECK(body["threshold"].get<double>() > 0.0);
    CHECK(body["threshold"].get<double>() < 1.0);
    CHECK(body["features"].size() > 100);
    CHECK(body["version"] == httpRequest(port(), "GET", "/health").json()["model_version"]);
    // The feature policy and the fairness analysis travel with the description.
    std::vector<std::string> excluded;
    for (const auto& exclusion : body["feature_policy"]["excluded"])
        excluded.push_back(exclusion["column"]);
    CHECK(excluded == std::vector<std::string>{"CODE_GENDER", "NAME_FAMILY_STATUS",
                                               "HOUR_APPR_PROCESS_START",
                                               "WEEKDAY_APPR_PROCESS_START"});
    CHECK(body["warnings"].empty());
    CHECK(body["metrics"]["fairness"]["groupings"].size() == 4);
}

TEST_CASE("POST /v1/score scores and explains one application")
{
    const auto response = postJson(port(), "/v1/score?lang=en", applicationBody(0), kApiKey);
    INFO(response.body);
    REQUIRE(response.status == 200);
    CHECK(response.header("content-type") == "application/json");
    const auto body = response.json();
    const double probability = body["probability"];
    CHECK(probability > 0.0);
    CHECK(probability < 1.0);
    CHECK(body["decision"] ==
          (probability >= body["threshold"].get<double>() ? "refuse" : "grant"));
    CHECK(body["language"] == "en");
    CHECK(body["client_id"] ==
          trainedModel().portfolio.applications.column("SK_ID_CURR").number(0));
    CHECK(!body["contributions"].empty());
    CHECK(body["reasons"]["adverse"].size() + body["reasons"]["favourable"].size() > 0);

    const auto french = postJson(port(), "/v1/score", applicationBody(0), kApiKey).json();
    CHECK(french["language"] == "fr");
    CHECK(french["probability"] == body["probability"]);
    CHECK(french["interpretation"] != body["interpretation"]);

    // Feature lists only on request: without them the answer is about a third of the size.
    for (const auto& contribution : body["contributions"])
        CHECK(!contribution.contains("features"));
    const auto detailed =
        postJson(port(), "/v1/score?lang=en&include=features", applicationBody(0), kApiKey);
    REQUIRE(detailed.status == 200);
    const auto detailedBody = detailed.json();
    CHECK(detailedBody["probability"] == body["probability"]);
    REQUIRE(detailedBody["contributions"].size() == body["contributions"].size());
    for (const auto& contribution : detailedBody["contributions"])
        CHECK(!contribution.at("features").empty());
    requireProblem(postJson(port(), "/v1/score?include=everything", applicationBody(0), kApiKey),
                   400);
}

TEST_CASE("a minimal application (the four required fields) is scored")
{
    const auto response = postJson(port(), "/v1/score", minimalApplication().dump(), kApiKey);
    INFO(response.body);
    REQUIRE(response.status == 200);
    CHECK(response.json()["client_id"] == 0);
}

TEST_CASE("POST /v1/score/batch answers each application with its own status")
{
    auto invalid = minimalApplication();
    invalid["AMT_INCOME_TOTAL"] = -1;
    const json batch{{"applications",
                      {json::parse(applicationBody(1)), invalid, json::parse(applicationBody(2))}}};
    const auto response = postJson(port(), "/v1/score/batch", batch.dump(), kApiKey);
    INFO(response.body);
    REQUIRE(response.status == 200);
    const auto results = response.json()["results"];
    REQUIRE(results.size() == 3);
    CHECK(results[0]["status"] == 200);
    CHECK(results[0]["result"]["probability"].is_number());
    CHECK(results[1]["status"] == 400);
    CHECK(results[1]["errors"][0]["field"] == "AMT_INCOME_TOTAL");
    CHECK(results[2]["status"] == 200);
    CHECK(results[2]["index"] == 2);
    // Each result is the same as the single score of that application.
    const auto single = postJson(port(), "/v1/score", applicationBody(2), kApiKey).json();
    CHECK(results[2]["result"]["probability"] == single["probability"]);
}

TEST_CASE("a batch must hold 1 to max_batch_size applications")
{
    const json tooMany{{"applications", json::array()}};
    auto big = tooMany;
    for (int i = 0; i < 101; ++i)
        big["applications"].push_back(minimalApplication());
    const auto response = postJson(port(), "/v1/score/batch", big.dump(), kApiKey);
    requireProblem(response, 400);
    CHECK(response.json()["detail"].get<std::string>().find("101") != std::string::npos);
    requireProblem(postJson(port(), "/v1/score/batch", tooMany.dump(), kApiKey), 400);
    requireProblem(postJson(port(), "/v1/score/batch", R"({"applications": 3})", kApiKey), 400);
    requireProblem(postJson(port(), "/v1/score/batch", R"([1, 2])", kApiKey), 400);
}

TEST_CASE("POST /v1/counterfactual proposes changes or says why there are none")
{
    const auto response =
        postJson(port(), "/v1/counterfactual?lang=en", applicationBody(3), kApiKey);
    INFO(response.body);
    REQUIRE(response.status == 200);
    const auto body = response.json();
    CHECK(body["suggestions"].is_array());
    CHECK(body["suggestions"].size() <= 3);
    CHECK(body["statement"].is_string());
    CHECK(body["probability"] ==
          postJson(port(), "/v1/score", applicationBody(3), kApiKey).json()["probability"]);
    CHECK((body["decision"] == "grant" || body["decision"] == "refuse"));
}

TEST_CASE("GET /v1/clients/{id} returns a portfolio client and their score")
{
    const auto& ids = trainedModel().portfolio.applications.column("SK_ID_CURR");
    const auto id = static_cast<long long>(ids.number(5));
    const auto response =
        getWithKey(port(), "/v1/clients/" + std::to_string(id) + "?lang=en", kApiKey);
    INFO(response.body);
    REQUIRE(response.status == 200);
    const auto body = response.json();
    CHECK(body["client_id"] == id);
    CHECK(body["application"]["SK_ID_CURR"] == id);
    CHECK(body["score"]["client_id"] == id);
    CHECK(body["score"]["probability"] ==
          postJson(port(), "/v1/score", applicationBody(5), kApiKey).json()["probability"]);

    requireProblem(getWithKey(port(), "/v1/clients/999999999", kApiKey), 404);
    requireProblem(getWithKey(port(), "/v1/clients/abc", kApiKey), 400);
    requireProblem(httpRequest(port(), "GET", "/v1/clients/" + std::to_string(id)), 401);
}

TEST_CASE("invalid fields are all listed in one 400 problem")
{
    auto body = minimalApplication();
    body["NOT_A_COLUMN"] = 1;                // unknown field
    body["AMT_CREDIT"] = "a lot";            // wrong type
    body["AMT_INCOME_TOTAL"] = -50000;       // negative income
    body["DAYS_BIRTH"] = -365 * 101 - 30;    // older than 100
    body["NAME_CONTRACT_TYPE"] = "Mortgage"; // unknown level
    const auto response = postJson(port(), "/v1/score", body.dump(), kApiKey);
    requireProblem(response, 400);
    const auto fields = errorFields(response);
    CHECK(fields.count("NOT_A_COLUMN:unknown_field") == 1);
    CHECK(fields.count("AMT_CREDIT:wrong_type") == 1);
    CHECK(fields.count("AMT_INCOME_TOTAL:out_of_range") == 1);
    CHECK(fields.count("DAYS_BIRTH:out_of_range") == 1);
    CHECK(fields.count("NAME_CONTRACT_TYPE:unknown_level") == 1);
    CHECK(fields.size() == 5);

    const auto missing = postJson(port(), "/v1/score", R"({"AMT_CREDIT": 1000})", kApiKey);
    requireProblem(missing, 400);
    CHECK(errorFields(missing).count("AMT_INCOME_TOTAL:required") == 1);
    CHECK(errorFields(missing).count("DAYS_BIRTH:required") == 1);
}

TEST_CASE("malformed JSON, a wrong media type and an oversized body are refused")
{
    const auto malformed = postJson(port(), "/v1/score", R"({"AMT_CREDIT": )", kApiKey);
    requireProblem(malformed, 400);
    CHECK(malformed.json()["title"] == "Malformed JSON");

    const auto text = httpRequest(port(), "POST", "/v1/score",
                                  {{"Content-Type", "text/plain"}, {"X-API-Key", kApiKey}},
                                  minimalApplication().dump());
    requireProblem(text, 415);
    const auto noType = httpRequest(port(), "POST", "/v1/score", {{"X-API-Key", kApiKey}},
                                    minimalApplication().dump());
    requireProblem(noType, 415);
    const auto lookalike =
        httpRequest(port(), "POST", "/v1/score",
                    {{"Content-Type", "application/jsonx"}, {"X-API-Key", kApiKey}},
                    minimalApplication().dump());
    requireProblem(lookalike, 415);
    const auto withCharset =
        httpRequest(port(), "POST", "/v1/score",
                    {{"Content-Type", "Application/JSON; charset=utf-8"}, {"X-API-Key", kApiKey}},
                    minimalApplication().dump());
    CHECK(withCharset.status == 200);

    std::string big = R"({"AMT_CREDIT": 1000, "padding": ")" + std::string(1 << 20, 'x') + R"("})";
    requireProblem(postJson(port(), "/v1/score", big, kApiKey), 413);
}

TEST_CASE("a known path with the wrong method is 405 with Allow; an unknown path is 404")
{
    const auto get = getWithKey(port(), "/v1/score", kApiKey);
    requireProblem(get, 405);
    CHECK(get.header("allow") == "POST");
    const auto post = postJson(port(), "/health", "{}", kApiKey);
    requireProblem(post, 405);
    CHECK(post.header("allow") == "GET");
    const auto deleteClient =
        httpRequest(port(), "DELETE", "/v1/clients/1", {{"X-API-Key", kApiKey}});
    requireProblem(deleteClient, 405);
    CHECK(deleteClient.header("allow") == "GET");
    requireProblem(httpRequest(port(), "GET", "/v2/nothing"), 404);
    requireProblem(postJson(port(), "/v1/score?lang=de", minimalApplication().dump(), kApiKey),
                   400);
}

TEST_CASE("GET /metrics exposes request counters and decisions in Prometheus text")
{
    postJson(port(), "/v1/score", applicationBody(0), kApiKey);
    const auto response = httpRequest(port(), "GET", "/metrics");
    REQUIRE(response.status == 200);
    CHECK(response.header("content-type").rfind("text/plain", 0) == 0);
    CHECK(response.body.find(
              R"(credit_http_requests_total{method="POST",route="/v1/score",status="200"})") !=
          std::string::npos);
    CHECK(response.body.find(
              "credit_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"+Inf\"}") !=
          std::string::npos);
    CHECK(response.body.find("credit_decisions_total{decision=\"grant\"}") != std::string::npos);
    CHECK(response.body.find("credit_http_requests_in_flight ") != std::string::npos);
    CHECK(response.body.find("credit_model_info{version=") != std::string::npos);
}

TEST_CASE("GET /openapi.json serves the OpenAPI document")
{
    const auto response = httpRequest(port(), "GET", "/openapi.json");
    REQUIRE(response.status == 200);
    const auto document = response.json();
    CHECK(document["openapi"].get<std::string>().rfind("3.", 0) == 0);
    CHECK(document["paths"].contains("/v1/score"));
}

TEST_CASE("the access log has one JSON line per request and never the API key")
{
    getWithKey(port(), "/v1/model", kApiKey);
    getWithKey(port(), "/v1/model", "a-wrong-key-that-must-not-be-logged");
    const auto& log = sharedServer().accessLog;
    const auto lines = readLines(log);
    REQUIRE(lines.size() >= 2);
    bool sawModel = false;
    for (const auto& line : lines) {
        const auto entry = json::parse(line);
        for (const auto* field :
             {"time", "remote", "method", "path", "status", "duration_ms", "key_id", "bytes"})
            CHECK(entry.contains(field));
        sawModel = sawModel || (entry["path"] == "/v1/model" && entry["status"] == 200 &&
                                entry["key_id"].get<std::string>().size() == 12);
    }
    CHECK(sawModel);
    std::ifstream in(log);
    std::stringstream whole;
    whole << in.rdbuf();
    CHECK(whole.str().find(kApiKey) == std::string::npos);
    CHECK(whole.str().find("a-wrong-key-that-must-not-be-logged") == std::string::npos);
}

TEST_CASE("every score is appended to the prediction log without personal data")
{
    const auto& log = sharedServer().predictionLog;
    const auto before = readLines(log).size();
    const auto score = postJson(port(), "/v1/score", applicationBody(7), kApiKey).json();
    const json batch{
        {"applications", {json::parse(applicationBody(8)), json::parse(applicationBody(9))}}};
    REQUIRE(postJson(port(), "/v1/score/batch", batch.dump(), kApiKey).status == 200);
    const auto lines = readLines(log);
    REQUIRE(lines.size() == before + 3);
    const auto entry = json::parse(lines[before]);
    std::set<std::string> keys;
    for (const auto& item : entry.items())
        keys.insert(item.key());
    CHECK(keys == std::set<std::string>{"time", "model_version", "input_hash", "probability",
                                        "decision", "latency_ms"});
    CHECK(entry["probability"] == score["probability"]);
    CHECK(entry["decision"] == score["decision"]);
    CHECK(entry["model_version"] == score["model_version"]);
    CHECK(entry["latency_ms"].get<double>() > 0.0);
    CHECK(entry["input_hash"].get<std::string>().size() == 16);
    // The same inputs give the same hash; different ones a different hash.
    postJson(port(), "/v1/score", applicationBody(7), kApiKey);
    const auto after = readLines(log);
    CHECK(json::parse(after.back())["input_hash"] == entry["input_hash"]);
    CHECK(json::parse(lines[before + 1])["input_hash"] != entry["input_hash"]);
    // No figure of the application is written.
    const auto income = json::parse(applicationBody(7))["AMT_INCOME_TOTAL"].dump();
    CHECK(lines[before].find("AMT_") == std::string::npos);
    CHECK(lines[before].find(income) == std::string::npos);
}
