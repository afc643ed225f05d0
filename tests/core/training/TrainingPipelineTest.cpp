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
