#include "model/RoundSelection.h"

#include "SyntheticLogistic.h"
#include "model/CrossValidationTrainer.h"
#include "model/DMatrix.h"
#include "model/LockstepTraining.h"
#include "model/StratifiedKFold.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace credit::model;

TEST_CASE("A curve's peak follows the trainer's early stopping")
{
    const std::vector<double> curve{0.50, 0.60, 0.65, 0.70, 0.69, 0.68, 0.90};
    // Patience 2 runs out at round 5: the later 0.90 is never seen.
    auto peak = findPeak(curve, 1, 2);
    CHECK(peak.bestRound == 3);
    CHECK(peak.stopped);
    // A warm-up of 5 rounds: the search starts at round 4, and the 0.90 at round 6 is in reach.
    peak = findPeak(curve, 5, 2);
    CHECK(peak.bestRound == 6);
    CHECK_FALSE(peak.stopped);
    // A curve shorter than the warm-up: its last round.
    CHECK(findPeak(std::vector<double>{0.5, 0.6}, 10, 3).bestRound == 1);
}

TEST_CASE("Mean-curve selection picks the argmax of the mean curve")
{
    // Fold A peaks early (round 2), fold B late (round 8); their mean peaks in between, at a
    // round neither fold chose, and the per-fold mean of 3 and 9 rounds is 6.
    const std::vector<std::vector<double>> curves{
        {0.60, 0.70, 0.80, 0.76, 0.74, 0.72, 0.70, 0.68, 0.66, 0.64},
        {0.60, 0.62, 0.64, 0.70, 0.76, 0.77, 0.79, 0.80, 0.82, 0.70},
    };
    const auto mean = meanCurve(curves);
    REQUIRE(mean.size() == 10);
    const auto argmax = static_cast<int>(std::max_element(mean.begin(), mean.end()) - mean.begin());
    CHECK(argmax == 4); // (0.74 + 0.76) / 2 = 0.75, the only maximum
    CHECK(selectedRounds(RoundSelection::MeanCurve, curves, 1, 100) == argmax + 1);
    CHECK(selectedRounds(RoundSelection::PerFold, curves, 1, 100) == 6);
    // The mean is as long as the shortest curve.
    CHECK(meanCurve(std::vector<std::vector<double>>{{1, 2, 3}, {3, 4}}) ==
          std::vector<double>{2, 3});
    CHECK(roundSelectionFromName("mean_curve") == RoundSelection::MeanCurve);
    CHECK(roundSelectionFromName("per_fold") == RoundSelection::PerFold);
    CHECK_FALSE(roundSelectionFromName("best").has_value());
    CHECK(roundSelectionName(RoundSelection::MeanCurve) == "mean_curve");
}

// Every fold and the final model get one round count: the mean curve's best.
TEST_CASE("Cross-validation on the mean validation curve", "[cv]")
{
    const auto data = credit::testing::makeSyntheticLogistic(1500, 12, 5);
    CrossValidationOptions options;
    options.folds = 3;
    options.maxRounds = 150;
    options.earlyStoppingPatience = 10;
    options.minimumRounds = 5;
    options.compareClassWeighting = false;
    options.parameters.eta = 0.2;
    options.parameters.maxDepth = 3;
    options.parameters.threads = 1;
    options.parallelJobs = 2;
    options.roundSelection = RoundSelection::MeanCurve;
    std::size_t lastStep = 0;
    options.progress = [&](const TrainingProgress& progress) {
        if (progress.fold == progress.folds)
            return; // the final model counts its own rounds
        CHECK(progress.stepsDone >= lastStep);
        lastStep = progress.stepsDone;
    };
    const auto result = CrossValidationTrainer(options).train(data.values, data.labels);
    const auto& variant = result.chosen();
    CHECK(variant.roundSelection == "mean_curve");
    CHECK(variant.summaryJson().at("round_selection") == "mean_curve");
    REQUIRE(variant.foldBestRounds.size() == 3);
    for (const int rounds : variant.foldBestRounds)
        CHECK(rounds == variant.finalRounds);
    CHECK(result.finalModel.boostedRounds() == variant.finalRounds);
    CHECK(variant.oofAuc > 0.75);
    CHECK(lastStep > 0);

    // The same folds trained in step by hand: the mean curve's best round is the count chosen.
    const auto folds = stratifiedKFold(data.labels, options.folds, options.seed);
    std::vector<LockstepJob> jobs;
    for (std::size_t fold = 0; fold < folds.size(); ++fold)
        jobs.push_back({fold, options.parameters, 0});
    const DMatrix shared(data.values);
    LockstepTraining training(shared, data.labels, folds, jobs, 1);
    training.run(options.maxRounds, 7, [](std::size_t, std::span<const std::vector<double>>) {
        return false; // every round up to the cap
    });
    std::vector<std::vector<double>> curves;
    for (std::size_t job = 0; job < training.jobCount(); ++job) {
        CHECK(training.curve(job).size() == 150);
        curves.push_back(training.curve(job));
    }
    CHECK(selectedRounds(RoundSelection::MeanCurve, curves, options.minimumRounds,
                         options.earlyStoppingPatience) == variant.finalRounds);

    // The same curves whatever the number of workers.
    LockstepTraining twoThreads(shared, data.labels, folds, jobs, 2);
    twoThreads.run(40, 3, [](std::size_t, std::span<const std::vector<double>>) { return false; });
    for (std::size_t job = 0; job < twoThreads.jobCount(); ++job)
        CHECK(twoThreads.curve(job) ==
              std::vector<double>(curves[job].begin(), curves[job].begin() + 40));
}

TEST_CASE("Lockstep training keeps the best round's validation margins as a prediction gives them",
          "[cv]")
{
    // On a quantised matrix, as cross-validation trains: the margins kept at the group's best
    // round must be what predicting the validation rows at that round count gives.
    const auto data = credit::testing::makeSyntheticLogistic(900, 8, 17);
    const auto folds = stratifiedKFold(data.labels, 3, 4);
    TrainingParameters parameters;
    parameters.eta = 0.3;
    parameters.maxDepth = 3;
    parameters.threads = 1;
    std::vector<LockstepJob> jobs;
    for (std::size_t group = 0; group < 2; ++group)
        for (std::size_t fold = 0; fold < folds.size(); ++fold) {
            TrainingParameters jobParameters = parameters;
            jobParameters.scalePosWeight = group == 0 ? 1.0 : 3.0;
            jobs.push_back({fold, withBaseScore(jobParameters, data.labels), group});
        }
    const DMatrix shared = DMatrix::quantised(data.values, parameters.maxBin, 1);
    const auto meanPeak = [](std::span<const std::vector<double>> curves) {
        return findPeak(meanCurve(curves), 5, 8);
    };
    LockstepTraining kept(shared, data.labels, folds, jobs, 2);
    std::vector<int> bestAsked(2, -1);
    kept.run(
        120, 4,
        [&](std::size_t, std::span<const std::vector<double>> curves) {
            return meanPeak(curves).stopped;
        },
        {},
        [&](std::size_t group, std::span<const std::vector<double>> curves) {
            bestAsked[group] = meanPeak(curves).bestRound;
            return bestAsked[group];
        });
    LockstepTraining predicted(shared, data.labels, folds, jobs, 1);
    predicted.run(120, 4, [&](std::size_t, std::span<const std::vector<double>> curves) {
        return meanPeak(curves).stopped;
    });
    for (std::size_t job = 0; job < jobs.size(); ++job) {
        CAPTURE(job);
        const std::size_t group = jobs[job].group;
        REQUIRE(kept.curve(job) == predicted.curve(job)); // the thread count changes nothing
        std::vector<std::vector<double>> curves;
        for (std::size_t other = 0; other < jobs.size(); ++other)
            if (jobs[other].group == group)
                curves.push_back(kept.curve(other));
        const int rounds = selectedRounds(RoundSelection::MeanCurve, curves, 5, 8);
        CHECK(rounds == bestAsked[group] + 1);
        const auto margins = kept.predictValidation(job, rounds, true);
        const auto expected = predicted.predictValidation(job, rounds, true);
        REQUIRE(margins.size() == expected.size());
        for (std::size_t i = 0; i < margins.size(); ++i)
            CHECK(margins[i] == Approx(expected[i]).margin(1e-5));
        const auto probabilities = kept.predictValidation(job, rounds, false);
        CHECK(probabilities[0] == Approx(1.0 / (1.0 + std::exp(-expected[0]))).margin(1e-6));
        // Another round count is predicted, not kept.
        CHECK(kept.predictValidation(job, rounds - 1, true) ==
              predicted.predictValidation(job, rounds - 1, true));
    }
}
