#pragma once

#include "fairness/FairnessAnalysis.h"
#include "features/FeatureFamilySelection.h"
#include "features/FeaturePolicy.h"
#include "model/CostMatrix.h"
#include "model/ModelBundle.h"
#include "model/RoundSelection.h"
#include "model/RunRecord.h"
#include "model/TrainingParameters.h"
#include "training/FoldCount.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace credit::training {

struct TrainingOptions {
    // Cross-validation folds; 0 = chosen from the labelled applicants (chooseFoldCount: 5, fewer on
    // large portfolios). The count used and why go into the bundle and the run record.
    int folds = 0;
    std::uint64_t seed = 42;
    model::CostMatrix costs;
    std::optional<model::TrainingParameters> parameters; // defaults when absent
    int maxRounds = 2000;
    int earlyStoppingPatience = 40;
    int minimumRounds = 50; // early-stopping warm-up (model::CrossValidationOptions)
    bool compareClassWeighting = true;
    int baggingMembers =
        1; // boosters per fold and in the final model (model::CrossValidationOptions)
    int parallelJobs = 0; // concurrent fold trainings; 0 = hardware threads
    std::string note;
    // Source columns the model may not use (with every feature derived from them); saved in the
    // bundle and the run record. Columns of the default policy let back in are warned about.
    features::FeaturePolicy policy = features::FeaturePolicy::defaults();
    // Feature families switched on or off (after the policy, which they cannot override) and
    // how cross-validation picks the round count; defaults are what `credit-scoring select`
    // chose on the real sample. Both are recorded in the bundle's metrics and the run record.
    features::FeatureFamilySelection families = features::FeatureFamilySelection::defaults();
    model::RoundSelection roundSelection = model::kDefaultRoundSelection;
    // The evidence behind a parameters file written by `credit-scoring select` (its
    // "selection" object), copied into the run record; null when the run has none.
    nlohmann::json selectionEvidence;
    // The group fairness and proxy analysis of the out-of-fold probabilities (kept in the bundle
    // under metrics.fairness and in report.html). Off only for tests that time nothing else.
    bool analyseFairness = true;
    fairness::FairnessOptions fairness;
    // Stage ("load", "features", "reference statistics", "proxy check", "quantised matrix",
    // "cross-validation", "final model", "fairness", "bundle"), done,
    // total. During cross-validation and the final model it is called from the training threads,
    // one call at a time (model::TrainingProgress).
    std::function<void(const std::string& stage, std::size_t done, std::size_t total)> progress;
};

struct TrainingOutcome {
    model::ModelBundle bundle;
    // Said to the user and written into the run record (params.json "warnings"): a default
    // exclusion allowed back in, an excluded column the data does not have.
    std::vector<std::string> warnings;
    // Wall-clock seconds of the whole run and of the fairness analysis in it (the analysis must
    // stay a small share of a run: docs/methodology.md).
    double seconds = 0.0;
    double fairnessSeconds = 0.0;
    std::optional<model::RunSummary> run; // when a runs folder was given
};

// The data team's whole training run: load a Home Credit folder (application_train with TARGET
// and whatever related tables it has), fit and compute the features, cross-validate with early
// stopping and the business-cost threshold, train the final model, add the population reference
// statistics, save the bundle (with its feature policy) and, with `runsRoot`, record the run.
// Throws data::DataError for unusable data (names the file and column) and model::XgbError for
// training failures.
TrainingOutcome trainModel(const std::filesystem::path& dataFolder,
                           const std::filesystem::path& bundleOut,
                           const std::optional<std::filesystem::path>& runsRoot,
                           const TrainingOptions& options);

} // namespace credit::training
