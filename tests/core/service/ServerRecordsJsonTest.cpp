#include "service/ServerRecordsJson.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

using namespace credit::service;
using nlohmann::json;

TEST_CASE("A client page reads rows, nulls and the cursor", "[service]")
{
    const auto page = clientPageFromJson(json::parse(R"({
        "clients": [
          {"client_id": 100002, "origin": "portfolio", "contract_type": "Cash loans",
           "credit_amount": 406597.5, "probability": 0.31, "decision": "refuse"},
          {"client_id": 900000001, "origin": "application", "contract_type": null,
           "credit_amount": null, "probability": null, "decision": null}],
        "next": "eyJzIjoiaWQifQ", "model_version": "2026.12-demo", "total_clients": 18044})"));
    REQUIRE(page.rows.size() == 2);
    CHECK(page.rows[0].clientId == 100002);
    CHECK(page.rows[0].contractType == QStringLiteral("Cash loans"));
    CHECK(page.rows[0].probability == Approx(0.31));
    CHECK(page.rows[0].decision == QStringLiteral("refuse"));
    CHECK(page.rows[1].origin == QStringLiteral("application"));
    CHECK(std::isnan(page.rows[1].creditAmount));
    CHECK_FALSE(page.rows[1].probability);
    CHECK(page.rows[1].decision.isEmpty());
    CHECK(page.next == QStringLiteral("eyJzIjoiaWQifQ"));
    CHECK(page.totalClients == 18044);

    const auto last = clientPageFromJson(
        json::parse(R"({"clients": [], "next": null, "model_version": "v", "total_clients": 0})"));
    CHECK(last.next.isEmpty());
}

TEST_CASE("An answer of another shape is refused with the field named", "[service]")
{
    CHECK_THROWS_WITH(clientPageFromJson(json::parse(R"({"next": null})")),
                      Catch::Contains("'clients'"));
    CHECK_THROWS_WITH(
        clientPageFromJson(json::parse(
            R"({"clients": [{"client_id": "x", "origin": "portfolio"}], "total_clients": 1})")),
        Catch::Contains("'client_id' is not an integer"));
    CHECK_THROWS_WITH(clientPageFromJson(json::parse("[]")), Catch::Contains("not a JSON object"));
    CHECK_THROWS_WITH(modelIdentityFromJson(json::parse(R"({"version": "v", "threshold": 0.1})")),
                      Catch::Contains("'checksum'"));
}

TEST_CASE("A decision of the server's log reads every field the history shows", "[service]")
{
    const auto decisions = clientDecisionsFromJson(json::parse(R"({"client_id": 100002,
        "decisions": [{"sequence": 7, "client_id": 100002, "scenario_id": 3,
          "decision": "grant", "model_decision": "refuse", "override": true,
          "justification": "Garant solide", "model_version": "2026.12-demo",
          "probability": 0.12, "threshold": 0.079, "input_hash": "ab",
          "recorded_at": "2026-12-07T08:00:00Z",
          "principal": {"id": "a.martin", "role": "advisor"},
          "previous_hash": "00", "record_hash": "cd"}]})"));
    REQUIRE(decisions.size() == 1);
    const auto& decision = decisions.front();
    CHECK(decision.sequence == 7);
    CHECK(decision.scenarioId == 3);
    CHECK(decision.overridesModel);
    CHECK(decision.justification == QStringLiteral("Garant solide"));
    CHECK(decision.principalId == QStringLiteral("a.martin"));
    CHECK(decision.principalRole == QStringLiteral("advisor"));
    CHECK(decision.threshold == Approx(0.079));
}

TEST_CASE("A search query encodes every value the server must see unchanged", "[service]")
{
    ClientListQuery query;
    query.limit = 50;
    query.sort = QStringLiteral("probability");
    query.descending = true;
    query.after = QStringLiteral("a+b/c=");
    query.idPrefix = QStringLiteral("1000");
    query.decision = QStringLiteral("refuse");
    query.contractType = QStringLiteral("Cash loans & more");
    QUrl url(QStringLiteral("http://server/v1/clients"));
    url.setQuery(toUrlQuery(query));
    const QUrlQuery decoded(url);
    CHECK(decoded.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded) ==
          QStringLiteral("-probability"));
    CHECK(decoded.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded) ==
          QStringLiteral("a+b/c="));
    CHECK(decoded.queryItemValue(QStringLiteral("contract_type"), QUrl::FullyDecoded) ==
          QStringLiteral("Cash loans & more"));
    CHECK(decoded.queryItemValue(QStringLiteral("limit")) == QStringLiteral("50"));
    CHECK_FALSE(ClientListQuery{}.descending);
    CHECK_FALSE(decoded.hasQueryItem(QStringLiteral("missing")));
}
