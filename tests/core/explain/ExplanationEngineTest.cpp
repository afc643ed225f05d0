// The explanation engine on a small model trained in setup from 2,000 synthetic applicants.
#include "ExplanationChecks.h"

using namespace credit;
using namespace credit::explain::testing;

TEST_CASE("every feature of a spec fitted on synthetic data has a group label in both languages")
{
    checkEveryKeyLabelled(*syntheticModel().engine);
}

TEST_CASE("SHAP contributions add up to the margin, per feature and per group (synthetic)")
{
    checkContributionsAddUp(syntheticModel());
}

TEST_CASE("reasons are plain sentences in both languages, at most four each way (synthetic)")
{
    checkReasons(syntheticModel());
}

TEST_CASE("the engine's probability equals batch scoring for the same client (synthetic)")
{
    checkEngineMatchesBatchScoring(syntheticModel());
}

TEST_CASE(
    "applying a counterfactual suggestion really brings the client under the threshold (synthetic)")
{
    checkCounterfactualsCrossTheThreshold(syntheticModel(), 5);
}

TEST_CASE("a client with no history is explained (no related tables, or empty ones)")
{
    checkClientWithoutHistory(syntheticModel());
}

TEST_CASE("groups without a feature of their own name show a value, not 'not provided'")
{
    const auto& model = syntheticModel();
    const auto explanation = model.engine->explain(data::extractClient(model.dataset, 3));
    bool sawCombinedScores = false;
    for (const auto& group : explanation.contributions) {
        if (group.key != "EXT_SOURCES")
            continue;
        sawCombinedScores = true;
        CHECK(group.clientValue.fr.find("non renseign") == std::string::npos);
        CHECK(group.clientValue.en.find("not provided") == std::string::npos);
    }
    CHECK(sawCombinedScores); // the combined external scores matter for every synthetic client
}
