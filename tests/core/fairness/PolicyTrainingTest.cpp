// The default feature policy through a real training run (2,000 synthetic applicants, trained
// once for the executable by the explanation tests' fixture).
#include "../explain/TrainedModel.h"
#include "data/ClientRecordJson.h"
#include "features/ClientRecord.h"
#include "features/FeaturePipeline.h"
#include "features/FeaturePolicy.h"
#include "features/FeatureSpec.h"
#include "model/ModelBundle.h"

#include <catch2/catch.hpp>
#include <cstring>

using namespace credit;
using explain::testing::syntheticModel;

namespace {

const std::vector<std::string>& excludedByDefault()
{
    static const auto columns = features::FeaturePolicy::defaults().excludedColumns();
    return columns;
}

// Every applicant's gender and family status set to another level.
data::HomeCreditDataset flipped(const data::HomeCreditDataset& original)
{
    data::HomeCreditDataset copy = original;
    auto& gender = copy.applications.column("CODE_GENDER");
    auto& family = copy.applications.column("NAME_FAMILY_STATUS");
    for (std::size_t row = 0; row < copy.applications.rowCount(); ++row) {
        gender.setCategory(row, gender.text(row) == "F" ? "M" : "F");
        family.setCategory(row, family.text(row) == "Married" ? "Single / not married" : "Married");
    }
    return copy;
}

} // namespace

TEST_CASE("the default policy keeps every feature derived from an excluded column out of the spec")
{
    const auto& model = syntheticModel();
    const auto& spec = model.engine->featureSpec();
    for (const auto& feature : spec.features)
        for (const auto& column : feature.columns)
            for (const auto& excluded : excludedByDefault())
                CHECK_FALSE(column == excluded);
    // The same data fitted without a policy does have such features (so the check means
    // something): gender one-hots and the previous applications' hour aggregates.
    const auto unrestricted = features::FeaturePipeline::fit(model.dataset);
    const auto reads = [&](const std::string& column) {
        return std::any_of(unrestricted.features.begin(), unrestricted.features.end(),
                           [&](const auto& feature) {
                               return std::find(feature.columns.begin(), feature.columns.end(),
                                                column) != feature.columns.end() &&
                                      feature.table == (column == "HOUR_APPR_PROCESS_START"
                                                            ? "previous_application"
                                                            : "application");
                           });
    };
    CHECK(reads("CODE_GENDER"));
    CHECK(reads("NAME_FAMILY_STATUS"));
    CHECK(reads("HOUR_APPR_PROCESS_START"));
}

TEST_CASE(
    "flipping gender and family status on every client leaves every probability bit-identical")
{
    const auto& model = syntheticModel();
    const auto before = model.engine->scoreDataset(model.dataset);
    const auto changed = flipped(model.dataset);
    // The flip really changed the data.
    CHECK(changed.applications.column("CODE_GENDER").text(0) !=
          model.dataset.applications.column("CODE_GENDER").text(0));
    const auto after = model.engine->scoreDataset(changed);
    REQUIRE(before.size() == after.size());
    std::size_t differing = 0;
    for (std::size_t row = 0; row < before.size(); ++row)
        differing += std::memcmp(&before[row], &after[row], sizeof(double)) != 0;
    CHECK(differing == 0);

    // The one-client path (the app's editor, the API) too, on a few clients.
    for (const std::size_t row : {std::size_t{0}, std::size_t{1}, std::size_t{7}}) {
        const auto original = features::ClientExtractor(model.dataset).extract(row);
        const auto edited = features::ClientExtractor(changed).extract(row);
        const double a = model.engine->probability(original.data);
        const double b = model.engine->probability(edited.data);
        CHECK(std::memcmp(&a, &b, sizeof a) == 0);
    }
}

TEST_CASE("no explanation names an excluded attribute")
{
    const auto& model = syntheticModel();
    const std::vector<std::string> labels{"Genre",
                                          "Gender",
                                          "Situation familiale",
                                          "Family status",
                                          "Heure de la demande",
                                          "Hour of application",
                                          "Jour de la demande",
                                          "Day of application"};
    features::ClientExtractor extractor(model.dataset);
    for (std::size_t row = 0; row < 60; ++row) {
        const auto client = extractor.extract(row);
        const auto explanation = model.engine->explain(client.data);
        for (const auto& group : explanation.contributions) {
            for (const auto& excluded : excludedByDefault())
                CHECK(group.key != excluded);
            for (const auto& label : labels) {
                CHECK(group.label.fr != label);
                CHECK(group.label.en != label);
            }
        }
        auto reasons = explanation.adverseReasons;
        reasons.insert(reasons.end(), explanation.favourableReasons.begin(),
                       explanation.favourableReasons.end());
        for (const auto& reason : reasons)
            for (const auto& label : labels) {
                CHECK(reason.text.fr.find(label) == std::string::npos);
                CHECK(reason.text.en.find(label) == std::string::npos);
            }
    }
}

TEST_CASE("the bundle round-trips the policy and carries the fairness analysis")
{
    const auto& model = syntheticModel();
    const auto& bundle = model.engine->bundle();
    REQUIRE(bundle.hasFeaturePolicy());
    CHECK(features::FeaturePolicy::fromJson(bundle.featurePolicy) ==
          features::FeaturePolicy::defaults());
    const auto reloaded = model::ModelBundle::fromBytes(bundle.toBytes());
    CHECK(reloaded.featurePolicy == bundle.featurePolicy);
    CHECK(model.engine->warnings().empty());

    const auto description = model.engine->modelDescription();
    CHECK(description["feature_policy"]["excluded"].size() == excludedByDefault().size());
    REQUIRE(bundle.metrics.contains("fairness"));
    const auto& fairness = bundle.metrics["fairness"];
    CHECK(fairness["probabilities"] == "out-of-fold");
    CHECK(fairness["rows"] == model.dataset.applications.rowCount());
    std::vector<std::string> keys;
    for (const auto& grouping : fairness["groupings"])
        keys.push_back(grouping["key"]);
    CHECK(keys == std::vector<std::string>{"gender", "age_band", "family_status", "children"});
    CHECK(fairness["proxies"].size() == excludedByDefault().size());
    CHECK(description["metrics"]["fairness"] == fairness);
}

TEST_CASE("a bundle without a policy loads, with a warning for the CLI, the server and the app")
{
    const auto& model = syntheticModel();
    auto bytes = model.engine->bundle().toBytes();
    auto old = model::ModelBundle::fromBytes(bytes);
    old.featurePolicy = nullptr; // as written before policies existed
    REQUIRE_FALSE(old.manifest().contains("feature_policy"));
    const auto file = model.folder / "no-policy.csbundle";
    old.save(file);

    const auto engine = explain::ExplanationEngine::open(file);
    REQUIRE(engine->warnings().size() == 1);
    CHECK(engine->warnings()[0].find("no feature policy") != std::string::npos);
    const auto description = engine->modelDescription();
    CHECK(description["feature_policy"].is_null());
    CHECK(description["warnings"].size() == 1);
    // It still scores, like before.
    CHECK(engine->scoreDataset(model.dataset) == model.engine->scoreDataset(model.dataset));
}

TEST_CASE("a feature policy round-trips through JSON and records defaults allowed back in")
{
    auto policy = features::FeaturePolicy::defaults();
    CHECK(policy.excludes("CODE_GENDER"));
    CHECK(policy.allow("CODE_GENDER"));
    CHECK_FALSE(policy.allow("CODE_GENDER"));
    CHECK_FALSE(policy.excludes("CODE_GENDER"));
    CHECK(policy.allowedDefaults == std::vector<std::string>{"CODE_GENDER"});
    policy.exclude("OWN_CAR_AGE");
    CHECK(policy.excludes("OWN_CAR_AGE"));
    CHECK(features::FeaturePolicy::fromJson(policy.toJson()) == policy);
    CHECK_THROWS_WITH(features::FeaturePolicy::fromJson(nlohmann::json::object()),
                      Catch::Contains("not a credit-scoring feature policy"));
}
