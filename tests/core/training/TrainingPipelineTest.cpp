#include "training/TrainingPipeline.h"

#include "QuickTraining.h"
#include "model/GlobalImportance.h"
#include "model/TrainingFingerprint.h"
#include "population/ReferenceStatistics.h"
#include "training/TrainingData.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace credit;

TEST_CASE("The bundle keeps what the feature matrix gave before training released it")
{
    // trainModel takes the fingerprint, the reference statistics, the importance rows and the
    // proxy check from the float matrix, then frees it for cross-validation: each must be what
    // the same computation on the whole matrix gives.
    const testing::TemporaryPortfolio portfolio("pipeline-release", 900);
    const auto options = testing::quickTrainingOptions();
    const auto bundlePath = portfolio.folder / "model.csbundle";
    const auto outcome =
        training::trainModel(portfolio.folder / "data", bundlePath, std::nullopt, options);
    const auto& bundle = outcome.bundle;

    const auto prepared = training::prepareTrainingData(portfolio.folder / "data", options.policy,
                                                        options.families, {});
    const auto& matrix = prepared.matrix;
    REQUIRE(matrix.rows() == 900);
    const auto fingerprint = model::fingerprintOf(matrix.values, prepared.labels);
    CHECK(bundle.trainingData.featureMatrixSha256 == fingerprint.featureMatrixSha256);
    CHECK(bundle.trainingData.rows == 900);
    CHECK(bundle.trainingData.features == matrix.columns());
    CHECK(bundle.referenceStatistics ==
          population::ReferenceStatistics::build(prepared.dataset.applications, &matrix).toJson());
    const auto importance =
        model::globalImportance(bundle.booster, matrix.values, matrix.featureNames);
    REQUIRE(importance.size() == bundle.globalImportance.size());
    for (std::size_t i = 0; i < importance.size(); ++i) {
        CHECK(importance[i].feature == bundle.globalImportance[i].feature);
        CHECK(importance[i].meanAbsoluteShap == bundle.globalImportance[i].meanAbsoluteShap);
    }
    // One proxy check per excluded column, with the features' own strongest proxies.
    const auto& proxies = bundle.metrics.at("fairness").at("proxies");
    CHECK(proxies.size() == options.policy.excludedColumns().size());
    CHECK(std::any_of(proxies.begin(), proxies.end(), [](const auto& proxy) {
        return proxy.at("column") == "CODE_GENDER" && !proxy.at("strongest").empty();
    }));
}

TEST_CASE("The fold count follows the portfolio's size unless asked for, and is recorded")
{
    // folds x labelled applicants within the budget, between 2 and 5 folds.
    CHECK(training::chooseFoldCount(0, 11'990).folds == 5);
    CHECK(training::chooseFoldCount(0, 120'000).folds == 5);
    CHECK(training::chooseFoldCount(0, 120'001).folds == 4);
    CHECK(training::chooseFoldCount(0, 200'000).folds == 3);
    CHECK(training::chooseFoldCount(0, 276'707).folds == 2);
    CHECK(training::chooseFoldCount(0, 5'000'000).folds == 2);
    CHECK(training::chooseFoldCount(0, 0).folds == 5);
    CHECK(training::chooseFoldCount(0, 276'707).reason.find("2 folds for 276707 labelled") !=
          std::string::npos);
    CHECK(training::chooseFoldCount(7, 276'707).folds == 7);
    CHECK(training::chooseFoldCount(7, 276'707).reason == "asked for");

    // Left to the rule, a small portfolio gets 5 folds: the bundle says so and why.
    const testing::TemporaryPortfolio portfolio("pipeline-folds", 600);
    auto options = testing::quickTrainingOptions();
    options.folds = 0;
    options.analyseFairness = false;
    const auto outcome = training::trainModel(
        portfolio.folder / "data", portfolio.folder / "model.csbundle", std::nullopt, options);
    const auto& folds = outcome.bundle.metrics.at("folds");
    CHECK(folds.at("count") == 5);
    CHECK(folds.at("reason").get<std::string>().find("5 folds for 600 labelled") !=
          std::string::npos);
    CHECK(outcome.bundle.metrics.at("chosen").at("fold_auc").size() == 5);
}
