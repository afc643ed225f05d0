#include "SharedData.h"
#include "data/HomeCreditDataset.h"
#include "population/Population.h"
#include "population/ReferenceStatistics.h"

#include <catch2/catch.hpp>
#include <numeric>

using namespace credit;
using namespace credit::population;

TEST_CASE("comparisons on the 11,990 real application rows")
{
    const auto dataset = data::HomeCreditDataset::load(testing::sharedDataDir());
    const auto& applications = dataset.applications;
    REQUIRE(applications.rowCount() == 11990);
    const Population population(applications);
    std::vector<std::size_t> everyone(applications.rowCount());
    std::iota(everyone.begin(), everyone.end(), std::size_t{0});

    const auto statistics = ReferenceStatistics::build(applications, nullptr);
    CHECK(statistics.outcomeRate() == Approx(0.0816).margin(0.001)); // the README's 8.16 %

    // Every comparison variable has a distribution that counts every client once.
    for (const auto& variable : comparisonVariables()) {
        const auto distribution = population.distribution(variable, everyone);
        const double counted =
            std::accumulate(distribution.all.begin(), distribution.all.end(), 0.0);
        CHECK(counted + static_cast<double>(distribution.missing) == 11990.0);
    }
    // Younger clients have more payment difficulties, as in the full data.
    GroupFilter young;
    young.ageYears = GroupFilter::Range{18, 30};
    GroupFilter older;
    older.ageYears = GroupFilter::Range{50, 100};
    auto rate = [&](const std::vector<std::size_t>& rows) {
        double positives = 0;
        for (const auto row : rows)
            positives += applications.column("TARGET").number(row);
        return positives / static_cast<double>(rows.size());
    };
    CHECK(rate(population.select(young)) > rate(population.select(older)));
    // EXT_SOURCE_1 is missing for over half of applicants.
    const auto ext1 = population.distribution(*findComparisonVariable("EXT_SOURCE_1"), everyone);
    CHECK(ext1.missing > 11990 / 2);
}
