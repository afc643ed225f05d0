#include "model/CrossValidationTrainer.h"

#include "SyntheticLogistic.h"
#include "model/Metrics.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <set>
#include <tuple>

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
    // The weighted variant's probabilities are inflated by design: Platt scaling is fitted on
    // its out-of-fold margins, brings its calibration error down, and the threshold is searched
    // on the calibrated probabilities (its cost is the cost of those at that threshold).
    const auto& weighted = result.variants[1];
    CHECK_FALSE(weighted.calibration.isIdentity());
    CHECK(weighted.calibrationReason == "class-weighted variant");
    CHECK(weighted.oofEceUncalibrated > 0.1);
    CHECK(weighted.oofEce < weighted.oofEceUncalibrated / 3);
    CHECK(weighted.oofBrier < weighted.oofBrierUncalibrated);
    CHECK(confusionAt(data.labels, weighted.oofProbabilities, weighted.threshold.threshold)
              .businessCost(options.costs) == Approx(weighted.threshold.cost));
    CHECK(result.metricsJson()["variants"][1]["calibration"]["method"] == "platt");
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

namespace {

struct ProgressLog {
    std::vector<TrainingProgress> reports;
};

CrossValidationResult trainWithJobs(const credit::testing::SyntheticLogistic& data,
                                    CrossValidationOptions options, int jobs, ProgressLog& log)
{
    options.parallelJobs = jobs;
    // Calls are serialised by the trainer, so a plain vector is enough (and Catch2's assertions
    // must not run on worker threads anyway).
    options.progress = [&log](const TrainingProgress& progress) {
        log.reports.push_back(progress);
    };
    return CrossValidationTrainer(options).train(data.values, data.labels);
}

void requireIdentical(const CrossValidationResult& sequential,
                      const CrossValidationResult& parallel,
                      const credit::testing::SyntheticLogistic& data)
{
    REQUIRE(parallel.variants.size() == sequential.variants.size());
    for (std::size_t v = 0; v < sequential.variants.size(); ++v) {
        const auto& expected = sequential.variants[v];
        const auto& found = parallel.variants[v];
        CHECK(found.name == expected.name);
        CHECK(found.foldAuc == expected.foldAuc); // exact, not Approx: bit-identical
        CHECK(found.foldBestRounds == expected.foldBestRounds);
        CHECK(found.finalRounds == expected.finalRounds);
        REQUIRE(found.oofProbabilities.size() == expected.oofProbabilities.size());
        CHECK(std::equal(found.oofProbabilities.begin(), found.oofProbabilities.end(),
                         expected.oofProbabilities.begin()));
        CHECK(found.threshold.threshold == expected.threshold.threshold);
    }
    CHECK(parallel.chosenVariant == sequential.chosenVariant);
    const DMatrix all(data.values);
    CHECK(parallel.finalModel.predictMargin(all) == sequential.finalModel.predictMargin(all));
}

// Every report's steps only grow and end at the total: what the CLI progress bar shows. A fold
// training counts `maxRounds` steps (one per round, the skipped ones when it stops early).
void checkProgress(const ProgressLog& log, std::size_t cvTrainings, std::size_t maxRounds,
                   std::size_t finalRounds)
{
    std::size_t lastCv = 0;
    std::size_t lastFinal = 0;
    std::set<std::tuple<std::string, int, int>> trainings;
    for (const auto& report : log.reports) {
        if (report.fold < report.folds) {
            CHECK(report.stepsTotal == cvTrainings * maxRounds);
            CHECK(report.stepsDone >= lastCv);
            lastCv = report.stepsDone;
            trainings.insert({report.variant, report.fold, report.member});
        } else {
            CHECK(report.stepsTotal == finalRounds);
            CHECK(report.stepsDone == lastFinal + 1); // one report per round, none lost
            lastFinal = report.stepsDone;
        }
    }
    CHECK(lastCv == cvTrainings * maxRounds);
    CHECK(lastFinal == finalRounds);
    CHECK(trainings.size() == cvTrainings);
}

} // namespace

TEST_CASE("Folds trained in parallel give the sequential run's results bit for bit", "[cv]")
{
    const auto data = credit::testing::makeSyntheticLogistic(1500, 12, 99);
    CrossValidationOptions options;
    options.folds = 3;
    options.maxRounds = 80;
    options.earlyStoppingPatience = 10;
    options.minimumRounds = 10;
    options.parameters.eta = 0.2;
    options.parameters.maxDepth = 3;
    options.parameters.subsample = 0.7; // random row and column draws must not depend on threads
    options.parameters.colsampleByTree = 0.5;
    options.parameters.threads = 1;

    SECTION("one booster per fold, both weighting variants")
    {
        ProgressLog sequentialLog;
        ProgressLog parallelLog;
        const auto sequential = trainWithJobs(data, options, 1, sequentialLog);
        const auto parallel = trainWithJobs(data, options, 2, parallelLog);
        requireIdentical(sequential, parallel, data);
        // The final model uses the workers inside its trees: the count is recorded with it
        // (on this small matrix both counts still grow the same trees, checked just above).
        CHECK(sequential.finalParameters.threads == 1);
        CHECK(parallel.finalParameters.threads == 2);
        CHECK(parallel.finalModel.boostedRounds() == parallel.chosen().finalRounds);
        checkProgress(parallelLog, 2 * 3, 80,
                      static_cast<std::size_t>(parallel.chosen().finalRounds));
        checkProgress(sequentialLog, 2 * 3, 80,
                      static_cast<std::size_t>(sequential.chosen().finalRounds));
    }
    SECTION("a bag of three boosters per fold")
    {
        options.baggingMembers = 3;
        options.compareClassWeighting = false;
        ProgressLog sequentialLog;
        ProgressLog parallelLog;
        const auto sequential = trainWithJobs(data, options, 1, sequentialLog);
        const auto parallel = trainWithJobs(data, options, 3, parallelLog);
        requireIdentical(sequential, parallel, data);
        CHECK(parallel.finalParameters.threads == 1); // three workers, one per member
        const auto& bagged = parallel.chosen();
        CHECK(parallel.metricsJson()["bagging_members"] == 3);
        CHECK(parallel.finalModel.boostedRounds() == bagged.finalRounds);
        checkProgress(parallelLog, 3 * 3, 80, 3 * static_cast<std::size_t>(bagged.finalRounds));
        for (const float probability : bagged.oofProbabilities)
            REQUIRE_FALSE(std::isnan(probability));
        CHECK(bagged.meanFoldAuc > 0.75);

        // The bag is not one of its members: a single booster gives other predictions.
        options.baggingMembers = 1;
        ProgressLog singleLog;
        const auto single = trainWithJobs(data, options, 2, singleLog);
        CHECK(single.chosen().oofProbabilities != bagged.oofProbabilities);
    }
    SECTION("invalid bagging or job counts are refused")
    {
        options.baggingMembers = 0;
        CHECK_THROWS_AS(CrossValidationTrainer(options), std::invalid_argument);
        options.baggingMembers = 1;
        options.parallelJobs = -1;
        CHECK_THROWS_AS(CrossValidationTrainer(options), std::invalid_argument);
    }
}
