// The scoring API's request handling from a parsed request onwards (routing, method, key check,
// query parameters, headers, body limits and media type, then the endpoint's own work) through
// ScoringApiServer::handleInProcess: no socket, the same code a request arriving over HTTP runs.
// The server holds a small model trained on synthetic data (the committed bundle seed) and a
// synthetic portfolio for GET /v1/clients/{id}.
//
// Input, HTTP-like: "METHOD TARGET\n", then "Name: value" header lines, an empty line, the body.
// Every answer must be one the API documents, with a JSON body that parses when it says JSON; a
// 500 (an exception nobody turned into a clear answer) is a bug.
#include "FuzzSupport.h"
#include "api/ApiConfig.h"
#include "api/ApiRequest.h"
#include "api/ScoringApiServer.h"
#include "common/Sha256.h"
#include "explain/ExplanationEngine.h"
#include "model/ModelBundle.h"
#include "synth/PortfolioGenerator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

namespace {

using Method = credit::api::ApiRequest::Method;

// Never destroyed: its model's booster would be freed after XGBoost's own static state at exit.
credit::api::ScoringApiServer* server = nullptr;

std::shared_ptr<const credit::explain::ExplanationEngine> engineFromSeed()
{
    const std::filesystem::path seed =
        std::filesystem::path(CREDIT_FUZZ_CORPUS_DIR) / "model_bundle" / "bundle-lean.bin";
    std::ifstream in(seed, std::ios::binary);
    std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    if (bytes.empty())
        credit::fuzz::invariantBroken("the bundle seed " + seed.string() + " is missing");
    const auto digest = credit::common::Sha256::digest(bytes);
    bytes.insert(bytes.end(), digest.begin(), digest.end());
    auto bundle = std::make_shared<const credit::model::ModelBundle>(
        credit::model::ModelBundle::fromBytes(bytes, seed.string()));
    return std::make_shared<const credit::explain::ExplanationEngine>(
        bundle, credit::common::Sha256::hexDigest(bytes));
}

Method methodOf(const QByteArray& name)
{
    static const std::vector<std::pair<QByteArray, Method>> methods{
        {"GET", Method::Get},       {"POST", Method::Post},       {"PUT", Method::Put},
        {"DELETE", Method::Delete}, {"HEAD", Method::Head},       {"OPTIONS", Method::Options},
        {"PATCH", Method::Patch},   {"CONNECT", Method::Connect}, {"TRACE", Method::Trace}};
    for (const auto& [text, method] : methods)
        if (name == text)
            return method;
    return Method::Unknown;
}

credit::api::ApiRequest parse(const QByteArray& input)
{
    const auto headerEnd = input.indexOf("\n\n");
    const auto head = headerEnd < 0 ? input : input.left(headerEnd);
    const auto body = headerEnd < 0 ? QByteArray() : input.mid(headerEnd + 2);
    auto lines = head.split('\n');
    const auto requestLine = lines.takeFirst().split(' ');
    credit::api::ApiRequest::Headers headers;
    for (const auto& line : lines) {
        const auto colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return credit::api::ApiRequest(methodOf(requestLine.value(0)),
                                   QUrl::fromEncoded(requestLine.value(1)), headers, body);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    static QTemporaryDir folder;
    credit::synth::PortfolioOptions portfolio;
    portfolio.applicants = 60;
    portfolio.seed = 5;
    credit::synth::generatePortfolio(folder.path().toStdString(), portfolio);
    credit::api::ApiConfig config;
    config.apiKeys = {QString::fromLatin1(credit::fuzz::kFuzzApiKey)};
    config.accessLogPath = QStringLiteral("/dev/null");
    config.rateLimitPerMinute = 0; // else the harness would only see 429 after a while
    config.maxBodyBytes = 64 * 1024;
    config.maxBatchSize = 4;
    config.portfolioPath = folder.path();
    server = std::make_unique<credit::api::ScoringApiServer>(config, engineFromSeed()).release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto request =
        parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    const auto response = server->handleInProcess(request);
    const int status = static_cast<int>(response.statusCode());
    // docs/api.md: 201, 403 and 409 belong to the records routes (create, roles, idempotency).
    static const std::set<int> documented{200, 201, 400, 401, 403, 404,
                                          405, 409, 413, 415, 429, 503};
    if (!documented.contains(status))
        credit::fuzz::invariantBroken("status " + std::to_string(status) + ": " +
                                      response.data().toStdString());
    if (response.mimeType().contains("json") &&
        !nlohmann::json::accept(response.data().begin(), response.data().end()))
        credit::fuzz::invariantBroken("a JSON answer that is not JSON: " +
                                      response.data().toStdString());
    return 0;
}
