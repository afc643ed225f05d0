#include "training/PairedDifferences.h"
#include "training/SelectionReportHtml.h"
#include "training/SelectionStudy.h"
#include "training/TrainingParametersFile.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace credit;
using namespace credit::training;

TEST_CASE("The family rule keeps a family only when its removal costs beyond 2 standard errors")
{
    // A steady cost: mean 0.005, sd 0.000816, standard error 0.000408: far beyond the noise.
    const auto steady = PairedDifferences::of({0.004, 0.006, 0.005, 0.005, 0.004, 0.006});
    CHECK(steady.mean == Approx(0.005));
    CHECK(steady.standardError == Approx(steady.sd / std::sqrt(6.0)));
    CHECK(steady.min == Approx(0.004));
    CHECK(steady.max == Approx(0.006));
    CHECK(removalCostsBeyondNoise(steady));

    // The same mean cost drowned in fold noise: mean 0.005, sd 0.0190, standard error 0.0078.
    const auto noisy = PairedDifferences::of({0.030, -0.020, 0.025, -0.015, 0.010, 0.000});
    CHECK(noisy.mean == Approx(0.005));
    CHECK_FALSE(removalCostsBeyondNoise(noisy));
    // A family whose removal helps is dropped, however steady.
    CHECK_FALSE(removalCostsBeyondNoise(PairedDifferences::of({-0.004, -0.005, -0.006})));
    // On the boundary: mean exactly 2 standard errors is not beyond the noise. Differences
    // {0, 2a}: mean a, sd a*sqrt(2), standard error a: a mean of 1 SE.
    const auto boundary = PairedDifferences::of({0.0, 0.002});
    CHECK(boundary.standardError == Approx(0.001));
    CHECK(removalCostsBeyondNoise(boundary, 0.999));
    CHECK_FALSE(removalCostsBeyondNoise(boundary, 1.001));
    CHECK_FALSE(removalCostsBeyondNoise(PairedDifferences::of({})));
    CHECK(familyRuleText().find("2 standard errors") != std::string::npos);
}

TEST_CASE("A fold's held-out AUC is read at the round count the other folds choose")
{
    const std::vector<std::vector<double>> curves{
        {0.60, 0.61, 0.62, 0.63, 0.64, 0.65}, // would pick its own last round
        {0.70, 0.80, 0.75, 0.74, 0.73, 0.72}, // peaks at 2 rounds
        {0.70, 0.72, 0.90, 0.74, 0.73, 0.72}, // peaks at 3 rounds
    };
    // Fold 0 held out: per-fold mean of 2 and 3 rounds rounds to 3 (lround(2.5)); the mean of
    // curves 1 and 2 peaks at round 2 (0.825), 3 rounds.
    CHECK(heldOutFoldAuc(model::RoundSelection::PerFold, curves, 0, 1, 100) == 0.62);
    CHECK(heldOutFoldAuc(model::RoundSelection::MeanCurve, curves, 0, 1, 100) == 0.62);
    // Fold 1 held out: curves 0 and 2 peak at 6 and 3 rounds: per-fold lround(4.5) = 5 rounds;
    // their mean curve (0.65, 0.665, 0.76, ...) peaks at 3 rounds.
    CHECK(heldOutFoldAuc(model::RoundSelection::PerFold, curves, 1, 1, 100) == 0.73);
    CHECK(heldOutFoldAuc(model::RoundSelection::MeanCurve, curves, 1, 1, 100) == 0.75);
    CHECK_THROWS(heldOutFoldAuc(model::RoundSelection::PerFold, curves, 3, 1, 100));
}

TEST_CASE("A parameters file carries the families, the round selection and the evidence")
{
    TrainingParametersFile file;
    file.xgboost.eta = 0.05;
    file.families = features::FeatureFamilySelection{};
    file.families->disable(features::FeatureFamily::ExtSourceStats);
    file.roundSelection = model::RoundSelection::MeanCurve;
    file.selection = {{"rule", "two standard errors"}};
    const auto json = file.toJson();
    CHECK(json.at("round_selection") == "mean_curve");
    CHECK(json.at("feature_families").at("ext_source_stats") == false);
    const auto read = TrainingParametersFile::fromJson(json);
    CHECK(read.families == file.families);
    CHECK(read.roundSelection == file.roundSelection);
    CHECK(read.selection == file.selection);
    CHECK(read.xgboost.eta == 0.05);
    // None of the three reaches XGBoost as an unknown parameter.
    CHECK(read.xgboost.extra.empty());

    // A plain XGBoost params file reads as before, with nothing chosen.
    const auto plain = TrainingParametersFile::fromJson({{"eta", 0.1}, {"max_depth", 3}});
    CHECK_FALSE(plain.families.has_value());
    CHECK_FALSE(plain.roundSelection.has_value());
    CHECK(plain.selection.is_null());
    CHECK(plain.xgboost.maxDepth == 3);

    CHECK_THROWS_WITH(
        TrainingParametersFile::fromJson({{"round_selection", "best"}}),
        Catch::Contains("\"round_selection\" must be \"per_fold\" or \"mean_curve\""));
    CHECK_THROWS_WITH(TrainingParametersFile::fromJson({{"feature_families", {{"bureaux", true}}}}),
                      Catch::Contains("unknown family \"bureaux\""));
}

TEST_CASE("The study keeps a family that carries the signal and drops one that is noise")
{
    // Columns 0-3 carry a strong logistic signal and are "application" columns; columns 4-7 are
    // pure noise and count as the bureau family.
    std::mt19937_64 random(11);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const int rows = 1200;
    features::FeatureValues values(rows, 8);
    std::vector<float> labels;
    for (int row = 0; row < rows; ++row) {
        double logit = -1.5;
        for (int column = 0; column < 8; ++column) {
            const double x = normal(random);
            values(row, column) = static_cast<float>(x);
            if (column < 4)
                logit += 1.0 * x;
        }
        labels.push_back(uniform(random) < 1.0 / (1.0 + std::exp(-logit)) ? 1.0f : 0.0f);
    }
    features::FeatureSpec spec;
    for (int column = 0; column < 8; ++column) {
        const bool signal = column < 4;
        const std::string name = (signal ? "AMT_" : "BURO_X_") + std::to_string(column);
        spec.features.push_back({name,
                                 signal ? "application" : "bureau",
                                 {name},
                                 signal ? "value" : "mean",
                                 "",
                                 false,
                                 signal ? name : "bureau.credits"});
    }
    SelectionOptions options;
    options.repeats = 2;
    options.folds = 3;
    options.maxRounds = 150;
    options.earlyStoppingPatience = 10;
    options.minimumRounds = 5;
    options.parameters.eta = 0.2;
    options.parameters.maxDepth = 2;
    options.parameters.colsampleByTree = 1.0;
    options.parallelJobs = 2;
    std::size_t lastDone = 0;
    options.progress = [&](const std::string&, std::size_t done, std::size_t total) {
        CHECK(done >= lastDone);
        CHECK(done <= total);
        lastDone = done;
    };
    const auto result = runSelectionStudy(spec, values, labels, options);

    CHECK(result.rows == 1200);
    CHECK(result.allColumns == 8);
    REQUIRE(result.meanCurveGain.differences.size() == 6);
    const auto find = [&](features::FeatureFamily family) {
        for (const auto& evidence : result.families)
            if (evidence.family == family)
                return evidence;
        FAIL("no evidence for the family");
        return FamilyEvidence{};
    };
    const auto raw = find(features::FeatureFamily::ApplicationRaw);
    REQUIRE(raw.removalCost.has_value());
    CHECK(raw.columns == 4);
    CHECK(raw.removalCost->mean > 0.1); // the signal is gone without it
    CHECK(raw.kept);
    const auto bureau = find(features::FeatureFamily::Bureau);
    REQUIRE(bureau.removalCost.has_value());
    CHECK_FALSE(bureau.kept);
    CHECK(bureau.decision == "drop");
    // A family without columns here is reported, not compared, and stays on.
    const auto card = find(features::FeatureFamily::CreditCard);
    CHECK_FALSE(card.removalCost.has_value());
    CHECK(card.kept);
    CHECK(result.chosenFamilies.disabled == std::vector{features::FeatureFamily::Bureau});
    CHECK(result.chosenColumns == 4);
    REQUIRE(result.confirmation.has_value());
    CHECK(result.configurations == 4); // all, without raw, without bureau, the chosen set
    CHECK(lastDone > 0);

    // The evidence written to the parameters file.
    const auto json = result.toJson();
    CHECK(json.at("families").size() == features::allFeatureFamilies().size());
    CHECK(json.at("round_selection").at("chosen") ==
          model::roundSelectionName(result.roundSelection));
    CHECK(json.at("family_rule").get<std::string>().find("2 standard errors") != std::string::npos);
    CHECK(result.markdownTable().find("| removing bureau (cost) | 4 |") != std::string::npos);
}

TEST_CASE("The run report's selection section shows the evidence and survives a hand-edited file")
{
    features::FeatureFamilySelection families;
    families.disable(features::FeatureFamily::DateRatios);
    const auto none = renderSelectionSection(families, model::RoundSelection::PerFold, nullptr);
    CHECK(none.find("switched off: date_ratios.") != std::string::npos);
    CHECK(none.find("No selection evidence") != std::string::npos);

    const auto evidence = nlohmann::json::parse(R"({
        "protocol": "3 repeats <x> 5 folds",
        "family_rule": "2 standard errors",
        "columns_all_families": 248,
        "round_selection": {"rule": "higher mean", "chosen": "mean_curve",
            "mean_curve_minus_per_fold": {"mean": 0.0001, "standard_error": 0.0003, "sd": 0.0011,
                                          "min": -0.0026, "max": 0.0023}},
        "families": [
            {"family": "date_ratios", "columns": 3, "decision": "drop",
             "removal_cost": {"mean": -0.003, "standard_error": 0.0012, "sd": 0.0045,
                              "min": -0.009, "max": 0.0044}},
            {"family": "bureau", "columns": 0, "decision": "not compared"},
            "not an object", {"family": 7, "columns": "many"}
        ]})");
    const auto html = renderSelectionSection(families, model::RoundSelection::MeanCurve, evidence);
    CHECK(html.find("3 repeats &lt;x&gt; 5 folds") != std::string::npos); // escaped
    CHECK(html.find("<td>removing date_ratios (cost)</td><td>3</td><td>-0.0030</td>") !=
          std::string::npos);
    CHECK(html.find("<td>mean_curve minus per_fold (all families)</td><td>248</td><td>+0.0001") !=
          std::string::npos);
    CHECK(html.find("removing bureau (cost)") != std::string::npos);
    // A wrong field type is left out, not thrown: the report is written at the end of a run.
    CHECK_NOTHROW(renderSelectionSection(families, model::RoundSelection::MeanCurve,
                                         nlohmann::json::parse(R"({"round_selection": "x",
                                             "families": {"a": 1}, "columns_chosen": "y",
                                             "chosen_minus_all_families": {"mean": "z"}})")));
}
