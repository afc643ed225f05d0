// Regressions for the defects a red-team pass found against the real server binary (issue 25):
// one request killing the server, quadratic work from repeated SK_ID_BUREAU keys, work without
// a deadline, and SIGTERM then waiting past its documented 30 s.
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestServer.h"
#include "TrainedModel.h"
#include "synth/PortfolioGenerator.h"
#include "training/TrainingPipeline.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace credit;
using namespace credit::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

bool alive(std::uint16_t port)
{
    return httpRequest(port, "GET", "/health").status == 200;
}

// The server ended the connection (closed or reset it), as opposed to the client's read timing
// out while the server kept it open.
bool closedByServer(const HttpResponse& response)
{
    return response.status == 0 &&
           response.error.find("temporarily unavailable") == std::string::npos;
}

// A small bundle trained on a folder without bureau_balance.csv: how the methodology's model is
// trained on the real application rows.
const fs::path& bundleWithoutBureauBalance()
{
    static const fs::path bundle = [] {
        const auto folder = trainedModel().folder / "no-bureau-balance";
        synth::PortfolioOptions options;
        options.applicants = 300;
        options.testShare = 0.0;
        synth::generatePortfolio(folder, options);
        fs::remove(folder / "bureau_balance.csv");
        training::TrainingOptions training;
        training.folds = 2;
        training.maxRounds = 10;
        training.minimumRounds = 0;
        training.compareClassWeighting = false;
        training::trainModel(folder, folder / "model.csbundle", std::nullopt, training);
        return folder / "model.csbundle";
    }();
    return bundle;
}

std::unique_ptr<ServerProcess> serverWith(const fs::path& bundle, QStringList extra = {})
{
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bundle"),
                          QString::fromStdString(bundle.string())};
    arguments += extra;
    return std::make_unique<ServerProcess>(
        arguments, std::map<QString, QString>{
                       {QStringLiteral("CREDIT_API_KEYS"), QString::fromLatin1(kApiKey)}});
}

// Applicant 0 of the portfolio with the given history arrays in place of their own.
json withHistory(json bureau, json balance)
{
    auto body = json::parse(applicationBody(0));
    for (const char* table : {"bureau", "bureau_balance", "previous_application",
                              "POS_CASH_balance", "installments_payments", "credit_card_balance"})
        body.erase(table);
    body["bureau"] = std::move(bureau);
    body["bureau_balance"] = std::move(balance);
    return body;
}

// `credits` bureau rows all carrying SK_ID_BUREAU 1, and `months` bureau_balance rows for it:
// every bureau row joins the whole balance group (credits x months pairs).
json repeatedKeyBody(int credits, int months)
{
    json bureau = json::array();
    for (int i = 0; i < credits; ++i)
        bureau.push_back({{"SK_ID_BUREAU", 1}, {"CREDIT_ACTIVE", "Active"}});
    json balance = json::array();
    for (int month = 0; month < months; ++month)
        balance.push_back({{"SK_ID_BUREAU", 1}, {"MONTHS_BALANCE", -month}, {"STATUS", "C"}});
    return withHistory(std::move(bureau), std::move(balance));
}

} // namespace

TEST_CASE("a bundle fitted without bureau_balance answers a client with a STATUS and stays up")
{
    const auto server = serverWith(bundleWithoutBureauBalance());
    const auto body =
        withHistory(json::array({{{"SK_ID_BUREAU", 1}}}),
                    json::array({{{"SK_ID_BUREAU", 1}, {"MONTHS_BALANCE", -1}, {"STATUS", "C"}}}));
    for (const char* target : {"/v1/score", "/v1/counterfactual"}) {
        INFO(target);
        const auto response = postJson(server->port(), target, body.dump(), kApiKey);
        CHECK(response.status == 200);
        const double probability = response.json().at("probability").get<double>();
        CHECK(probability > 0.0);
        CHECK(probability < 1.0);
    }
    CHECK(alive(server->port()));
    CHECK(server->terminate() == 0);
}

TEST_CASE("bureau rows repeating one SK_ID_BUREAU beyond the pair budget get a 413 naming it")
{
    // 150 x 180 = 27,000 pairs, the red team's request, under the default 1 MB body limit.
    const auto body = repeatedKeyBody(150, 180).dump();
    REQUIRE(body.size() < (1u << 20));
    const auto port = sharedServer().port();
    for (const char* target : {"/v1/score", "/v1/counterfactual"}) {
        INFO(target);
        const auto response = postJson(port, target, body, kApiKey);
        REQUIRE(response.status == 413);
        CHECK(response.header("content-type") == "application/problem+json");
        const auto detail = response.json().at("detail").get<std::string>();
        CHECK(detail.find("bureau_balance") != std::string::npos);
        CHECK(detail.find("27000") != std::string::npos);
        CHECK(detail.find("10000") != std::string::npos);
    }
    CHECK(alive(port));
}

TEST_CASE("a client under the budget with a repeated key is scored, the same as its keys apart")
{
    // 40 credits sharing a key and 100 months: 4,000 pairs, within the budget. Summarised once
    // per key, the answer equals the one for a single credit carrying the same months.
    const auto port = sharedServer().port();
    const auto repeated = postJson(port, "/v1/score", repeatedKeyBody(40, 100).dump(), kApiKey);
    REQUIRE(repeated.status == 200);
    const auto probability = repeated.json().at("probability").get<double>();
    CHECK(probability > 0.0);
    CHECK(probability < 1.0);
}

TEST_CASE("more history rows than the budget get a 413 naming the limit, batch items too")
{
    const auto port = sharedServer().port();
    json balance = json::array();
    for (int month = 0; month < 10001; ++month)
        balance.push_back({{"SK_ID_BUREAU", month}, {"MONTHS_BALANCE", -1}, {"STATUS", "0"}});
    const auto body = withHistory(json::array(), std::move(balance));
    const auto single = postJson(port, "/v1/score", body.dump(), kApiKey);
    REQUIRE(single.status == 413);
    CHECK(single.json().at("detail").get<std::string>().find("history rows") != std::string::npos);

    const auto batch = postJson(
        port, "/v1/score/batch",
        json{{"applications", json::array({body, json::parse(applicationBody(1))})}}.dump(),
        kApiKey);
    REQUIRE(batch.status == 200);
    const auto results = batch.json().at("results");
    CHECK(results.at(0).at("status") == 413);
    CHECK(results.at(1).at("status") == 200);
}

TEST_CASE("work past the request deadline answers 503 with Retry-After; SIGTERM still drains")
{
    // A 1 ms deadline: the counterfactual search rescoring dozens of variants of a client with
    // thousands of history rows cannot finish within it, whatever the machine.
    const auto server = serverWith(trainedModel().bundle,
                                   {QStringLiteral("--request-deadline-ms"), QStringLiteral("1"),
                                    QStringLiteral("--worker-threads"), QStringLiteral("1")});
    const auto body = repeatedKeyBody(40, 200).dump();
    const auto response = postJson(server->port(), "/v1/counterfactual", body, kApiKey);
    REQUIRE(response.status == 503);
    CHECK(response.header("retry-after") == "1");
    CHECK(response.json().at("title") == "Deadline exceeded");
    CHECK(alive(server->port()));
    CHECK(server->terminate(30000) == 0);
}

TEST_CASE("conflicting Content-Length headers are never answered as a normal request")
{
    const auto port = sharedServer().port();
    const auto body = applicationBody(0);
    const std::string head =
        "POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + std::string(kApiKey) +
        "\r\nContent-Type: application/json\r\n";
    SECTION("two different lengths")
    {
        HttpConnection connection(port, std::chrono::seconds(10));
        REQUIRE(connection.sendRaw(head + "Content-Length: " + std::to_string(body.size()) +
                                   "\r\nContent-Length: 5\r\n\r\n" + body));
        const auto response = connection.readResponse();
        CAPTURE(response.status, response.error, response.body);
        CHECK((closedByServer(response) || response.status == 400));
    }
    SECTION("a length and chunked transfer encoding")
    {
        HttpConnection connection(port, std::chrono::seconds(10));
        REQUIRE(connection.sendRaw(
            head + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        const auto response = connection.readResponse();
        CAPTURE(response.status, response.error, response.body);
        CHECK((closedByServer(response) || response.status == 400));
    }
    CHECK(alive(port));
}

TEST_CASE("slow clients are cut and cannot hold every connection: /health answers again")
{
    const auto server =
        serverWith(trainedModel().bundle,
                   {QStringLiteral("--request-timeout-ms"), QStringLiteral("300"),
                    QStringLiteral("--idle-timeout-ms"), QStringLiteral("300"),
                    QStringLiteral("--max-connections-per-address"), QStringLiteral("4")});
    // Four clients that start a request and never finish its headers.
    std::vector<std::unique_ptr<HttpConnection>> slow;
    for (int i = 0; i < 4; ++i) {
        slow.push_back(std::make_unique<HttpConnection>(server->port(), std::chrono::seconds(20)));
        REQUIRE(slow.back()->sendRaw("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
    }
    // Each is cut by the server (the read ends without a status line) instead of held forever.
    for (auto& connection : slow) {
        const auto response = connection->readResponse();
        CAPTURE(response.error);
        CHECK(closedByServer(response));
    }
    CHECK(alive(server->port()));
    CHECK(server->terminate() == 0);
}

TEST_CASE("connections beyond the per-address cap get a 503 at once")
{
    const auto server =
        serverWith(trainedModel().bundle,
                   {QStringLiteral("--max-connections-per-address"), QStringLiteral("2")});
    HttpConnection first(server->port());
    HttpConnection second(server->port());
    REQUIRE(first.request("GET", "/health").status == 200); // both accepted and open
    REQUIRE(second.request("GET", "/health").status == 200);
    const auto third = httpRequest(server->port(), "GET", "/health");
    CHECK(third.status == 503);
    CHECK(third.json().at("title") == "Too many connections");
    first.close();
    second.close();
    CHECK(server->terminate() == 0);
}

TEST_CASE("a portfolio repeating an applicant is refused at start, naming the key")
{
    const auto folder = trainedModel().folder / "duplicated-portfolio";
    fs::create_directories(folder);
    {
        std::ifstream source(trainedModel().dataFolder / "application_train.csv");
        std::ofstream copy(folder / "application_train.csv");
        std::string header, first, second;
        std::getline(source, header);
        std::getline(source, first);
        std::getline(source, second);
        copy << header << '\n' << first << '\n' << second << '\n' << first << '\n';
    }
    try {
        serverWith(trainedModel().bundle,
                   {QStringLiteral("--portfolio"), QString::fromStdString(folder.string())});
        FAIL("the server started on a portfolio with a duplicated applicant");
    } catch (const std::exception& error) {
        const std::string message = error.what();
        CHECK(message.find("SK_ID_CURR") != std::string::npos);
        CHECK(message.find("rows 1 and 3") != std::string::npos);
    }
}
