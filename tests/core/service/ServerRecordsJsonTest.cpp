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

TEST_CASE("A distribution keeps the server's hidden counts apart from zeros", "[service]")
{
    const auto answer = distributionFromJson(json::parse(R"({
        "variable": "age_years", "categorical": false, "min_cell_count": 5,
        "filter": {"gender": "F"}, "clients": {"count": 212}, "missing": {"suppressed": true},
        "has_outcome": true, "edges": [20, 30, 40, 50],
        "bins": [{"all": {"count": 0}, "repaid": {"count": 0}, "difficulties": {"count": 0}},
                 {"all": {"suppressed": true}, "repaid": {"suppressed": true},
                  "difficulties": {"suppressed": true}},
                 {"all": {"count": 205}, "repaid": {"suppressed": true},
                  "difficulties": {"suppressed": true}}],
        "group_suppressed": false})"));
    const auto& distribution = answer.distribution;
    CHECK(distribution.variable == "age_years");
    CHECK(answer.minCellCount == 5);
    CHECK(distribution.clients == 212);
    CHECK(answer.missingSuppressed);
    REQUIRE(distribution.bins() == 3);
    CHECK(distribution.hasOutcome());
    // A true zero and a hidden count both read 0; only the flag tells them apart.
    CHECK(distribution.all[0] == 0.0);
    CHECK_FALSE(answer.allSuppressed[0]);
    CHECK(distribution.all[1] == 0.0);
    CHECK(answer.allSuppressed[1]);
    CHECK(distribution.all[2] == 205.0);
    CHECK_FALSE(answer.allSuppressed[2]);
    CHECK(answer.outcomesSuppressed[2]);
    CHECK_FALSE(answer.outcomesSuppressed[0]);

    const auto small = distributionFromJson(json::parse(R"({
        "variable": "NAME_HOUSING_TYPE", "categorical": true, "min_cell_count": 10,
        "clients": {"suppressed": true}, "missing": {"suppressed": true}, "has_outcome": false,
        "levels": ["House / apartment", "With parents"], "bins": [],
        "group_suppressed": true})"));
    CHECK(small.groupSuppressed);
    CHECK(small.clientsSuppressed);
    CHECK(small.distribution.bins() == 0);
    CHECK(small.distribution.levels.size() == 2);
}

TEST_CASE("A population answer of another shape is refused with the field named", "[service]")
{
    const auto withBins = [](const char* bins) {
        return json::parse(std::string(R"({"variable": "age_years", "categorical": false,
            "min_cell_count": 5, "clients": {"count": 20}, "missing": {"count": 0},
            "has_outcome": false, "edges": [20, 30, 40], "group_suppressed": false,
            "bins": )") + bins +
                           "}");
    };
    CHECK_THROWS_WITH(distributionFromJson(withBins(R"([{"all": {"count": 20}}])")),
                      Catch::Contains("'bins' has 1 entries for 2"));
    CHECK_THROWS_WITH(
        distributionFromJson(withBins(R"([{"all": {"count": -1}}, {"all": {"count": 1}}])")),
        Catch::Contains("negative"));
    CHECK_THROWS_WITH(distributionFromJson(
                          withBins(R"([{"all": {"suppressed": false}}, {"all": {"count": 1}}])")),
                      Catch::Contains("'all.suppressed' is not true"));
    CHECK_THROWS_WITH(distributionFromJson(withBins(R"([{"all": 3}, {"all": {"count": 1}}])")),
                      Catch::Contains("'all' is not a count object"));
    CHECK_THROWS_WITH(densityFromJson(json::parse(R"({"x_edges": [0, 1], "y_edges": [0, 1, 2],
        "min_cell_count": 5, "group_suppressed": false, "clients": {"count": 9},
        "points": {"count": 9}, "beyond_axes": {"count": 0},
        "cells": [{"count": 9}]})")),
                      Catch::Contains("'cells' has 1 entries for a grid of 1 x 2"));
}

TEST_CASE("A density grid flags its hidden cells in the grid's own order", "[service]")
{
    const auto grid = densityFromJson(json::parse(R"({"x": "age_years", "y": "AMT_INCOME_TOTAL",
        "min_cell_count": 5, "x_edges": [20, 40, 60], "y_edges": [0, 1e5, 2e5],
        "group_suppressed": false, "clients": {"count": 40}, "points": {"count": 38},
        "beyond_axes": {"suppressed": true},
        "cells": [{"count": 30}, {"suppressed": true}, {"count": 0}, {"count": 6}]})"));
    CHECK(grid.counts == std::vector<double>{30, 0, 0, 6});
    CHECK(grid.countsSuppressed == std::vector<bool>{false, true, false, false});
    CHECK(grid.points == 38.0);
    CHECK(grid.beyondAxesSuppressed);
    CHECK(grid.minCellCount == 5);
}

TEST_CASE("A similar group is sent as the server's fixed band keys", "[service]")
{
    credit::population::GroupFilter group;
    CHECK(toUrlQuery(group).isEmpty());
    group.gender = "F";
    group.housing = "House / apartment";
    group.ageYears = credit::population::GroupFilter::Range{30, 40};
    group.income = credit::population::GroupFilter::Range{100000, 200000};
    const auto query = toUrlQuery(group);
    CHECK(query.queryItemValue(QStringLiteral("gender")) == QStringLiteral("F"));
    CHECK(query.queryItemValue(QStringLiteral("housing"), QUrl::FullyDecoded) ==
          QStringLiteral("House / apartment"));
    CHECK(query.queryItemValue(QStringLiteral("age_band")) == QStringLiteral("30-40"));
    CHECK(query.queryItemValue(QStringLiteral("income_band")) == QStringLiteral("100000-200000"));
    // A free range would let a caller narrow a group to one client: it has no key to send.
    group.ageYears = credit::population::GroupFilter::Range{33, 34};
    CHECK_THROWS_WITH(toUrlQuery(group), Catch::Contains("age range"));
}
