#include "model/CrossValidationTrainer.h"

#include "SyntheticLogistic.h"
#include "model/Metrics.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

using namespace credit::model;

TEST_CASE("Cross-validation on a known logistic signal", "[cv]")
{
    const auto data = credit::testing::makeSyntheticLogistic(3000, 20, 2024);
    CrossValidationOptions options;
    options.folds = 4;
    // Shallow, fast-learning trees: the signal is additive and the test should stay quick.
    options.maxRounds = 200;
    options.earlyStoppingPatience = 15;
    options.parameters.eta = 0.2;
    options.parameters.maxDepth = 3;
    options.parameters.threads = 1;
    std::set<std::pair<std::string, int>> progressSeen;
    int finalRoundsReported = 0;
    options.progress = [&](const TrainingProgress& progress) {
        progressSeen.insert({progress.variant, progress.fold});
        if (progress.fold == progress.folds) {
            ++finalRoundsReported;
        }
    };
    const CrossValidationResult result =
        CrossValidationTrainer(options).train(data.values, data.labels);

    REQUIRE(result.variants.size() == 2);
    for (const auto& variant : result.variants) {
        CHECK(variant.foldAuc.size() == 4);
        CHECK(variant.foldBestRounds.size() == 4);
        REQUIRE(variant.oofProbabilities.size() == 3000);
        for (const float probability : variant.oofProbabilities) {
            REQUIRE_FALSE(std::isnan(probability)); // every row has an out-of-fold prediction
        }
        CHECK(variant.oofAuc > 0.75);
        CHECK(variant.meanFoldAuc > 0.75);
        CHECK(variant.oofAuc == Approx(rocAuc(data.labels, variant.oofProbabilities)));
        CHECK(variant.finalRounds >= 1);
        CHECK(variant.threshold.cost > 0);
    }
    CHECK(result.variants[0].scalePosWeight == 1.0);
    CHECK(result.variants[1].scalePosWeight > 3.0); // negatives / positives
    // The chosen variant is the one with the lower out-of-fold business cost.
    const auto& other = result.variants[1 - result.chosenVariant];
    CHECK(result.chosen().threshold.cost <= other.threshold.cost);
    CHECK(result.finalParameters.scalePosWeight == result.chosen().scalePosWeight);
    // The automatic base score is the (weighted) positive share: 0.5 once classes are balanced.
    double positives = 0;
    for (const float label : data.labels) {
        positives += label;
    }
    const double spw = result.finalParameters.scalePosWeight;
    CHECK(result.finalParameters.baseScore ==
          Approx(spw * positives / (spw * positives + (3000.0 - positives))));
    CHECK(result.finalModel.boostedRounds() == result.chosen().finalRounds);
    CHECK(finalRoundsReported == result.chosen().finalRounds);
    CHECK(progressSeen.count({"unweighted", 0}) == 1);
    CHECK(progressSeen.count({"scale_pos_weight", 3}) == 1);

    const auto metrics = result.metricsJson();
    CHECK(metrics["variants"].size() == 2);
    CHECK(metrics["chosen_variant"] == result.chosen().name);
}

TEST_CASE("The early-stopping warm-up keeps every fold's best round after it", "[cv]")
{
    const auto data = credit::testing::makeSyntheticLogistic(1500, 10, 7);
    CrossValidationOptions options;
    options.folds = 3;
    options.compareClassWeighting = false;
    options.earlyStoppingPatience = 5;
    options.parameters.eta = 0.3;
    options.parameters.maxDepth = 2;
    options.parameters.threads = 1;

    SECTION("best rounds are searched from the warm-up on")
    {
        options.maxRounds = 200;
        // Without a warm-up, this fast learner peaks early on some fold: the case to prevent.
        options.minimumRounds = 0;
        const auto unconstrained = CrossValidationTrainer(options).train(data.values, data.labels);
        const auto& unconstrainedRounds = unconstrained.chosen().foldBestRounds;
        REQUIRE(*std::min_element(unconstrainedRounds.begin(), unconstrainedRounds.end()) < 40);

        options.minimumRounds = 40;
        const auto result = CrossValidationTrainer(options).train(data.values, data.labels);
        for (const int rounds : result.chosen().foldBestRounds) {
            CHECK(rounds >= 40);
            CHECK(rounds <= 200);
        }
        CHECK(result.chosen().finalRounds >= 40);
    }
    SECTION("a warm-up longer than maxRounds is capped at maxRounds")
    {
        options.maxRounds = 12;
        options.earlyStoppingPatience = 1;
        options.minimumRounds = 1000;
        const auto result = CrossValidationTrainer(options).train(data.values, data.labels);
        for (const int rounds : result.chosen().foldBestRounds) {
            CHECK(rounds == 12);
        }
    }
    SECTION("a negative warm-up is refused")
    {
        options.minimumRounds = -1;
        CHECK_THROWS_AS(CrossValidationTrainer(options), std::invalid_argument);
    }
}
