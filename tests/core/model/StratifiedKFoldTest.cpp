#include "model/StratifiedKFold.h"

#include <catch2/catch.hpp>
#include <set>
#include <vector>

using namespace credit::model;

TEST_CASE("Stratified folds partition the rows and keep the positive share", "[folds]")
{
    std::vector<float> labels(1003, 0.0f);
    for (std::size_t i = 0; i < labels.size(); i += 12) {
        labels[i] = 1.0f; // 84 positives, 8.4 %
    }
    const auto folds = stratifiedKFold(labels, 5, 7);
    REQUIRE(folds.size() == 5);
    std::multiset<std::size_t> seen;
    for (const auto& fold : folds) {
        CHECK(fold.trainRows.size() + fold.validationRows.size() == labels.size());
        std::set<std::size_t> train(fold.trainRows.begin(), fold.trainRows.end());
        std::size_t positives = 0;
        for (const std::size_t row : fold.validationRows) {
            CHECK(train.count(row) == 0);
            seen.insert(row);
            positives += labels[row] > 0.5f ? 1 : 0;
        }
        CHECK((fold.validationRows.size() == 200 || fold.validationRows.size() == 201));
        CHECK((positives == 16 || positives == 17));
    }
    // Every row is validated exactly once.
    CHECK(seen.size() == labels.size());
    CHECK(std::set<std::size_t>(seen.begin(), seen.end()).size() == labels.size());
}

TEST_CASE("Stratified folds are deterministic for a seed", "[folds]")
{
    std::vector<float> labels(200, 0.0f);
    for (std::size_t i = 0; i < labels.size(); i += 5) {
        labels[i] = 1.0f;
    }
    const auto a = stratifiedKFold(labels, 4, 1);
    const auto b = stratifiedKFold(labels, 4, 1);
    const auto c = stratifiedKFold(labels, 4, 2);
    CHECK(a[0].validationRows == b[0].validationRows);
    CHECK(a[3].trainRows == b[3].trainRows);
    CHECK(a[0].validationRows != c[0].validationRows);
}

TEST_CASE("Stratified folds refuse too few rows of a class", "[folds]")
{
    const std::vector<float> labels = {1, 0, 0, 0, 0, 0};
    CHECK_THROWS_AS(stratifiedKFold(labels, 2, 1), std::invalid_argument);
    CHECK_THROWS_AS(stratifiedKFold(labels, 1, 1), std::invalid_argument);
}
