#pragma once

#include "features/FeatureFamily.h"
#include "features/FeatureFamilySelection.h"
#include "features/FeatureMatrix.h"
#include "features/FeatureSpec.h"
#include "model/RoundSelection.h"
#include "model/TrainingParameters.h"
#include "training/PairedDifferences.h"

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace credit::training {

struct SelectionOptions {
    int repeats = 3; // stratified k-fold splits, fold seeds seed, seed + 1, ...
    int folds = 5;
    std::uint64_t seed = 42;
    model::TrainingParameters parameters; // XGBoost parameters, class weighting as given
    int maxRounds = 2000;
    int earlyStoppingPatience = 40;
    int minimumRounds = 50;
    int parallelJobs = 0; // concurrent fold trainings; 0 = hardware threads
    double noiseStandardErrors = kNoiseStandardErrors;
    // (what, done, total): the candidate being measured and how many of them are done.
    std::function<void(const std::string& what, std::size_t done, std::size_t total)> progress;
};

// One family dropped from the full set: its columns on this data and the paired AUC cost of
// removing it (AUC with the full set minus AUC without it, per repeat x fold).
struct FamilyEvidence {
    features::FeatureFamily family;
    std::size_t columns = 0;
    std::optional<PairedDifferences> removalCost; // absent when the data has none of its columns
    bool kept = true;
    std::string decision; // "keep", "drop", "not compared: ..."
};

struct SelectionResult {
    std::size_t rows = 0;
    std::size_t positives = 0;
    std::size_t allColumns = 0;    // features of the full set (after the feature policy)
    std::size_t chosenColumns = 0; // features of the chosen families
    double baselineAuc = 0.0;      // mean held-out fold AUC of the full set, chosen rounds
    // Mean-curve AUC minus per-fold AUC on the full set's folds.
    PairedDifferences meanCurveGain;
    model::RoundSelection roundSelection = model::RoundSelection::PerFold;
    std::vector<FamilyEvidence> families;
    features::FeatureFamilySelection chosenFamilies;
    // Families dropped by the rule one at a time but added back because, dropped together,
    // they cost more than the noise (in the order they came back).
    std::vector<features::FeatureFamily> addedBack;
    // AUC of the chosen set minus the full set's (measured only when a family was dropped; the
    // last such measurement when families were added back).
    std::optional<PairedDifferences> confirmation;
    std::size_t configurations = 0; // family sets trained (each repeats x folds times)
    std::size_t comparisons = 0;    // paired comparisons reported
    double seconds = 0.0;
    std::string protocol;
    std::string roundRule;
    std::string familyRule;

    nlohmann::json toJson() const; // the parameters file's "selection" evidence
    std::string markdownTable() const;
};

// The AUC a fold's own validation rows give the model at the round count `selection` picks from
// the OTHER folds' curves: a held-out figure for the round choice itself, since a fold's own
// best round is chosen on its own validation rows (optimistic). `curves[k]` must reach the
// chosen round (train every fold until both rules have stopped for every subset).
double heldOutFoldAuc(model::RoundSelection selection, std::span<const std::vector<double>> curves,
                      std::size_t fold, int warmUpRounds, int patience);

// `credit-scoring select`: compares the round selections and the feature families by repeated
// stratified cross-validation on one feature matrix (fitted with every family, under the
// feature policy) and chooses. Protocol, in order:
//  1. the full set, repeats x folds: each fold's held-out AUC under both round selections; the
//     one with the higher mean is kept (they cost the same);
//  2. each family with columns in this data, dropped in turn from the full set, measured the
//     same way with the chosen round selection; the family rule (familyRuleText) decides;
//  3. when some family was dropped, the chosen set against the full set; while it loses beyond
//     the noise, the dropped family whose removal cost most is added back and it is measured
//     again.
SelectionResult runSelectionStudy(const features::FeatureSpec& spec,
                                  const features::FeatureValues& values,
                                  std::span<const float> labels, const SelectionOptions& options);

} // namespace credit::training
