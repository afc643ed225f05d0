#include "population/PopulationQueryCache.h"

#include "TenClients.h"

#include <catch2/catch.hpp>
#include <numeric>

using namespace credit;
using namespace credit::population;
using credit::population::testing::tenClients;

namespace {

double total(const std::vector<double>& counts)
{
    return std::accumulate(counts.begin(), counts.end(), 0.0);
}

} // namespace

TEST_CASE("the query cache answers what the population answers")
{
    const auto table = tenClients();
    const Population population(table, 5);
    PopulationQueryCache cache(population);
    const auto& income = *findComparisonVariable("AMT_INCOME_TOTAL");
    const auto& age = *findComparisonVariable("age_years");
    GroupFilter women;
    women.gender = "F";
    for (const GroupFilter& filter : {GroupFilter{}, women, GroupFilter{}}) {
        const auto rows = population.select(filter);
        CHECK(cache.select(filter) == rows);
        const auto direct = population.distribution(income, rows);
        const auto& cached = cache.distribution(income, filter);
        CHECK(cached.all == direct.all);
        CHECK(cached.difficulties == direct.difficulties);
        CHECK(cached.edges == direct.edges);
        const auto directGrid = population.scatter(age, income, rows, 4);
        const auto& cachedGrid = cache.scatter(age, income, filter, 4);
        CHECK(cachedGrid.counts == directGrid.counts);
        CHECK(cachedGrid.points == directGrid.points);
    }
    // Another variable, the axes swapped, or other bins: computed anew.
    CHECK(cache.distribution(age, women).variable == age.key);
    CHECK(cache.scatter(income, age, women, 4).xEdges ==
          population.scatter(income, age, population.select(women), 4).xEdges);
    CHECK(cache.scatter(income, age, women, 3).counts.size() == 9);
}

TEST_CASE("the query cache computes a repeated question only once")
{
    // The cache reads the table only when the question changes: a client added to the table
    // after a question is not seen by the same question, and is by the next different one.
    auto table = tenClients();
    const Population population(table, 5);
    PopulationQueryCache cache(population);
    const auto& income = *findComparisonVariable("AMT_INCOME_TOTAL");
    CHECK(total(cache.distribution(income, GroupFilter{}).all) == 10.0);
    CHECK(cache.select(GroupFilter{}).size() == 10);

    table.column("DAYS_BIRTH").appendNumber(-30 * 365.25);
    table.column("AMT_INCOME_TOTAL").appendNumber(50000.0);
    table.column("CODE_GENDER").appendCategory("F");
    table.column("TARGET").appendNumber(0.0);
    CHECK(total(cache.distribution(income, GroupFilter{}).all) == 10.0);
    CHECK(cache.select(GroupFilter{}).size() == 10);

    GroupFilter women;
    women.gender = "F";
    CHECK(total(cache.distribution(income, women).all) == 6.0);
    CHECK(total(cache.distribution(income, GroupFilter{}).all) == 11.0);
}
