// The explanation engine on a quick model fitted on the real linked-1000 rows (2 folds, few
// rounds): real column quirks, thinned histories and clients without any history row.
#include "ExplanationChecks.h"
#include "SharedData.h"

using namespace credit;
using namespace credit::explain::testing;

namespace {

const TrainedModel& linkedModel()
{
    // Never destroyed on purpose (see ScratchCleanup in TrainedModel.h).
    static const auto* model = [] {
        const auto folder = scratchFolder("credit-explain-linked");
        static const ScratchCleanup cleanup{folder};
        return std::make_unique<TrainedModel>(folder,
                                              credit::testing::sharedDataDir() / "linked-1000", 40)
            .release();
    }();
    return *model;
}

} // namespace

TEST_CASE("every feature of a spec fitted on linked-1000 has a group label in both languages")
{
    checkEveryKeyLabelled(*linkedModel().engine);
}

TEST_CASE("SHAP contributions add up to the margin, per feature and per group (linked-1000)")
{
    checkContributionsAddUp(linkedModel());
}

TEST_CASE("reasons are plain sentences in both languages, at most four each way (linked-1000)")
{
    checkReasons(linkedModel());
}

TEST_CASE("the engine's probability equals batch scoring for the same client (linked-1000)")
{
    checkEngineMatchesBatchScoring(linkedModel());
}

TEST_CASE(
    "applying a counterfactual suggestion brings the client under the threshold (linked-1000)")
{
    checkCounterfactualsCrossTheThreshold(linkedModel(), 3);
}

TEST_CASE("a real client with no history is explained (linked-1000)")
{
    checkClientWithoutHistory(linkedModel());
}
