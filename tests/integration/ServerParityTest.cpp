// The desktop app and the server must give the same probability for the same client: the app
// calls explain::ExplanationEngine in process, the server the same engine behind HTTP. Both the
// JSON path (POST /v1/score with the client's record, as the app sends it when it falls back to
// the API) and the portfolio path (GET /v1/clients/{id}) are compared with the local call.
#include "HttpClient.h"
#include "TestServer.h"
#include "TrainedModel.h"
#include "data/ClientRecordJson.h"
#include "explain/ExplanationEngine.h"
#include "explain/ExplanationJson.h"

#include <catch2/catch.hpp>

using namespace credit;
using namespace credit::testing;

TEST_CASE("the server and the in-process engine give identical scores")
{
    const auto& model = trainedModel();
    const auto engine = explain::ExplanationEngine::open(model.bundle);
    auto server = startServer(
        {QStringLiteral("--portfolio"), QString::fromStdString(model.dataFolder.string())});
    const auto& ids = model.portfolio.applications.column("SK_ID_CURR");
    int refused = 0;
    for (const std::size_t row : {0u, 1u, 17u, 256u, 999u, 1500u, 1799u}) {
        const auto local = engine->explain(data::extractClient(model.portfolio, row));
        refused += local.decision == explain::Decision::Refuse;
        // The API leaves the feature lists out unless asked (include=features).
        const auto localJson = explain::toJson(local, "en", explain::ContributionDetail::Groups);
        const auto id = static_cast<long long>(ids.number(row));
        INFO("client " << id << " (row " << row << ")");

        const auto posted =
            postJson(server->port(), "/v1/score?lang=en", applicationBody(row), kApiKey);
        REQUIRE(posted.status == 200);
        const auto remote = posted.json();
        CHECK(remote["probability"].get<double>() == local.probability);
        CHECK(remote["margin"].get<double>() == local.margin);
        CHECK(remote["decision"] == localJson["decision"]);
        CHECK(remote["reasons"] == localJson["reasons"]);
        CHECK(remote["contributions"] == localJson["contributions"]);

        const auto fetched =
            getWithKey(server->port(), "/v1/clients/" + std::to_string(id) + "?lang=en", kApiKey);
        REQUIRE(fetched.status == 200);
        CHECK(fetched.json()["score"]["probability"].get<double>() == local.probability);

        // What the app reads back from the server is the same explanation.
        const auto readBack = explain::explanationFromJson(remote);
        CHECK(readBack.probability == local.probability);
        CHECK(readBack.threshold == local.threshold);
    }
    INFO("refused among the compared clients: " << refused);
    CHECK(server->terminate() == 0);
}
