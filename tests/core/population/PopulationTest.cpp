#include "population/Population.h"

#include "TenClients.h"
#include "population/ReferenceStatistics.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>

using namespace credit;
using namespace credit::population;
using credit::population::testing::tenClients;

namespace {

std::vector<std::size_t> everyone(const data::Table& table)
{
    std::vector<std::size_t> rows(table.rowCount());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
}

} // namespace

TEST_CASE("quantiles interpolate like numpy and percentiles read them back")
{
    const auto quantiles = quantiles101({1.0, 2.0, 3.0, 4.0, 5.0, std::nan("")});
    REQUIRE(quantiles.size() == 101);
    CHECK(quantiles[0] == 1.0);
    CHECK(quantiles[50] == 3.0);
    CHECK(quantiles[25] == 2.0);
    CHECK(quantiles[100] == 5.0);
    CHECK(percentileOf(quantiles, 3.0) == Approx(50.0));
    CHECK(percentileOf(quantiles, 2.5) == Approx(37.5));
    CHECK(percentileOf(quantiles, 0.0) == 0.0);
    CHECK(percentileOf(quantiles, 9.0) == 100.0);
    // A flat stretch (most clients have no children) gives the middle of the stretch.
    const auto flat = quantiles101({0, 0, 0, 0, 0, 0, 0, 0, 1, 2});
    CHECK(percentileOf(flat, 0.0) == Approx(38.5).margin(1.0));
}

TEST_CASE("filters combine and select the similar group")
{
    const auto table = tenClients();
    const Population population(table, 5);
    GroupFilter filter;
    CHECK(population.select(filter).size() == 10);
    filter.gender = "F";
    CHECK(population.select(filter).size() == 5);
    filter.ageYears = GroupFilter::Range{30.0, 50.0}; // ages 30, 35, 40, 45 -> women: 30, 40
    const auto rows = population.select(filter);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == 2);
    CHECK(rows[1] == 4);
    filter.income = GroupFilter::Range{1e9, 2e9};
    CHECK(population.select(filter).empty());
}

TEST_CASE("a distribution counts clients per bin, split by outcome")
{
    const auto table = tenClients();
    const Population population(table, 5);
    const auto* income = findComparisonVariable("AMT_INCOME_TOTAL");
    const auto all = everyone(table);
    const auto distribution = population.distribution(*income, all);
    REQUIRE(distribution.bins() == 5);
    CHECK(std::accumulate(distribution.all.begin(), distribution.all.end(), 0.0) == 10.0);
    CHECK(std::accumulate(distribution.difficulties.begin(), distribution.difficulties.end(),
                          0.0) == 2.0);
    CHECK(distribution.difficulties.front() == 2.0); // the two lowest incomes had difficulties

    GroupFilter women;
    women.gender = "F";
    const auto group = population.select(women);
    const auto groupDistribution = population.distribution(*income, group);
    CHECK(std::accumulate(groupDistribution.all.begin(), groupDistribution.all.end(), 0.0) == 5.0);
    CHECK(groupDistribution.edges == distribution.edges); // axis stays put when the group changes

    const auto* gender = findComparisonVariable("CODE_GENDER");
    const auto genders = population.distribution(*gender, all);
    REQUIRE(genders.levels.size() == 2);
    CHECK(genders.all[0] == 5.0);
}

TEST_CASE("a client's percentile in a group uses mid-ranks")
{
    const auto table = tenClients();
    const Population population(table);
    const auto* income = findComparisonVariable("AMT_INCOME_TOTAL");
    const auto all = everyone(table);
    CHECK(population.percentile(*income, 75000.0, all) == Approx(70.0));
    CHECK(population.percentile(*income, 70000.0, all) == Approx(65.0)); // 6 below, 1 tie
    CHECK(std::isnan(population.percentile(*income, std::nan(""), all)));
}

TEST_CASE("the scatter grid bins both variables and counts every client once")
{
    const auto table = tenClients();
    const Population population(table);
    const auto grid =
        population.scatter(*findComparisonVariable("age_years"),
                           *findComparisonVariable("AMT_INCOME_TOTAL"), everyone(table), 4);
    CHECK(grid.points == 10);
    CHECK(std::accumulate(grid.counts.begin(), grid.counts.end(), 0.0) == 10.0);
    CHECK(grid.counts.size() == 16);
    // The axes span the 1st-99th percentiles: the youngest/oldest and poorest/richest clients
    // lie beyond them, are counted in the edge cells, and are counted as such.
    std::size_t beyond = 0;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const double age = findComparisonVariable("age_years")->value(table, row);
        const double income = findComparisonVariable("AMT_INCOME_TOTAL")->value(table, row);
        if (age < grid.xEdges.front() || age > grid.xEdges.back() || income < grid.yEdges.front() ||
            income > grid.yEdges.back())
            ++beyond;
    }
    CHECK(beyond > 0);
    CHECK(grid.beyondAxes == beyond);
}

TEST_CASE("reference statistics survive JSON and answer percentiles without any client row")
{
    const auto table = tenClients();
    features::FeatureMatrix features;
    features.featureNames = {"PAYMENT_RATE"};
    features.values.resize(10, 1);
    for (int i = 0; i < 10; ++i)
        features.values(i, 0) = static_cast<float>(i) / 100.0f;
    const auto built = ReferenceStatistics::build(table, &features, 5);
    const auto statistics = ReferenceStatistics::fromJson(built.toJson());
    CHECK(statistics.clients() == 10);
    CHECK(statistics.outcomeRate() == Approx(0.2));
    REQUIRE(statistics.distribution("AMT_INCOME_TOTAL"));
    CHECK(statistics.distribution("AMT_INCOME_TOTAL")->hasOutcome());
    CHECK(statistics.percentile("AMT_INCOME_TOTAL", 55000.0) == Approx(50.0));
    CHECK(statistics.featurePercentile("PAYMENT_RATE", 0.045) == Approx(50.0).margin(0.1));
    CHECK(std::isnan(statistics.featurePercentile("UNKNOWN", 1.0)));
    auto json = built.toJson();
    json["format_version"] = 99;
    REQUIRE_THROWS_WITH(ReferenceStatistics::fromJson(json), Catch::Contains("format version 99"));
}

TEST_CASE("every feature column gets its own quantiles, however many columns there are")
{
    // 37 columns (the statistics read them in blocks of 16: two full blocks and a partial one),
    // column c holding c*1000 + row, with one column all missing.
    const auto table = tenClients();
    features::FeatureMatrix features;
    features.values.resize(10, 37);
    for (int column = 0; column < 37; ++column) {
        features.featureNames.push_back("F" + std::to_string(column));
        for (int row = 0; row < 10; ++row)
            features.values(row, column) =
                column == 20 ? std::nanf("") : static_cast<float>(column * 1000 + row);
    }
    const auto statistics = ReferenceStatistics::build(table, &features, 5);
    for (int column = 0; column < 37; ++column) {
        CAPTURE(column);
        const std::string name = "F" + std::to_string(column);
        if (column == 20) {
            CHECK_FALSE(statistics.hasFeature(name));
            continue;
        }
        REQUIRE(statistics.hasFeature(name));
        CHECK(statistics.featurePercentile(name, column * 1000 + 4.5) == Approx(50.0).margin(0.1));
        CHECK(statistics.featurePercentile(name, column * 1000 - 1.0) == 0.0);
        CHECK(statistics.featurePercentile(name, column * 1000 + 10.0) == 100.0);
    }
}
