#include "QuickTraining.h"
#include "data/ClientRecordJson.h"
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "features/FeatureFamily.h"
#include "features/FeaturePipeline.h"
#include "training/TrainingPipeline.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace credit;

TEST_CASE("A bundle trained with families switched off lists and scores exactly the rest")
{
    const testing::TemporaryPortfolio portfolio("family-bundle", 1200);
    const auto& folder = portfolio.folder;

    auto options = testing::quickTrainingOptions();
    options.analyseFairness = false;
    options.families = features::FeatureFamilySelection::all();
    options.families.disable(features::FeatureFamily::ExtSourceStats);
    options.families.disable(features::FeatureFamily::Bureau);
    options.roundSelection = model::RoundSelection::MeanCurve;
    const auto bundlePath = folder / "model.csbundle";
    const auto outcome =
        training::trainModel(folder / "data", bundlePath, folder / "runs", options);

    // The spec the bundle carries: the policy's spec without the two families, in order.
    const auto dataset = data::HomeCreditDataset::load(folder / "data");
    const auto full = features::FeaturePipeline::fit(dataset, options.policy);
    std::vector<std::string> expected;
    for (const auto& feature : full.features)
        if (options.families.enabled(features::familyOf(feature)))
            expected.push_back(feature.name);
    REQUIRE(expected.size() < full.features.size());
    const auto engine = explain::ExplanationEngine::open(bundlePath);
    const auto spec = features::FeatureSpec::fromJson(engine->bundle().featureSpec);
    CHECK(spec.names() == expected);
    CHECK(engine->bundle().featureNames == expected);
    CHECK(engine->bundle().metrics.at("feature_families").at("bureau") == false);
    CHECK(engine->bundle().metrics.at("round_selection") == "mean_curve");
    REQUIRE(outcome.run.has_value());
    // The run report says what the run trained with.
    std::ifstream report(folder / "runs" / outcome.run->folder / "report.html");
    const std::string html((std::istreambuf_iterator<char>(report)),
                           std::istreambuf_iterator<char>());
    CHECK(html.find("Feature families switched off: ext_source_stats, bureau.") !=
          std::string::npos);
    CHECK(html.find("Round count chosen <code>mean_curve</code>") != std::string::npos);

    // Scoring computes exactly those columns: one client's path and batch scoring agree.
    const auto batch = engine->scoreDataset(dataset);
    REQUIRE(batch.size() == dataset.applications.rowCount());
    for (std::size_t row = 0; row < batch.size(); row += 97) {
        CAPTURE(row);
        const auto client = data::extractClient(dataset, row);
        CHECK(engine->probability(client) == batch[row]);
    }
}
