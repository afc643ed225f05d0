#pragma once

#include "features/FeatureMatrix.h"
#include "model/Booster.h"
#include "model/CostMatrix.h"
#include "model/DMatrix.h"
#include "model/PlattCalibration.h"
#include "model/Reliability.h"
#include "model/RoundSelection.h"
#include "model/ThresholdSearch.h"
#include "model/TrainingParameters.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace credit::model {

// Reported after every boosting round. Folds (and bag members) train concurrently, so
// consecutive reports may come from different trainings: (variant, fold, member, round) say which
// one moved, while stepsDone / stepsTotal only ever grow and are what a progress bar should show.
// Calls are serialised (never two at once) but come from the worker threads, not the caller's:
// a GUI must hand them over to its own thread.
struct TrainingProgress {
    std::string variant; // "unweighted" or "scale_pos_weight"
    int fold = 0;        // 0-based; equal to `folds` while the final model trains
    int folds = 0;
    int member = 0; // 0-based bag member (0 without bagging)
    int members = 1;
    int round = 0; // 0-based boosting round
    int maxRounds = 0;
    double validationAuc = 0.0; // NaN for the final model (no validation rows)
    // Cross-validation: boosting rounds out of variants x folds x members x maxRounds, a fold
    // that stops early counting the rounds it skipped (per-fold stopping), or the mean-curve
    // steps (mean-curve selection). Final model: boosting rounds done out of members x rounds.
    std::size_t stepsDone = 0;
    std::size_t stepsTotal = 0;
};

struct CrossValidationOptions {
    TrainingParameters parameters;
    CostMatrix costs;
    int folds = 5;
    std::uint64_t seed = 42;
    int maxRounds = 2000;
    int earlyStoppingPatience = 40; // rounds without a better validation AUC before stopping
    // Warm-up: the best round is only looked for from this round count on (capped at
    // maxRounds), and early stopping cannot fire before it. On the real sample some folds
    // otherwise peaked by chance within the first 10 rounds, when the trees had barely left the
    // base score: that fold's out-of-fold predictions came from a near-constant model (pooled
    // OOF AUC 0.754 vs 0.768 mean fold AUC) and the final model's round count was dragged down.
    // 50 rounds at the default eta 0.08 is a cumulative learning rate of 4: past the start-up.
    int minimumRounds = 50;
    // How the round count is chosen: each fold's own early stopping, or the mean validation
    // curve across folds (RoundSelection). The mean curve trains the folds in step and keeps
    // every fold's booster alive meanwhile. The trainer's plain mode is per fold; the project's
    // default for `credit-scoring train` is training::TrainingOptions::roundSelection.
    RoundSelection roundSelection = RoundSelection::PerFold;
    // Compare scale_pos_weight = negatives/positives against no weighting by out-of-fold
    // business cost and keep the cheaper; false trains only `parameters` as given.
    bool compareClassWeighting = true;
    // Seed bagging: each fold (and the final model) trains this many boosters that differ only
    // by `seed` (parameters.seed + member), so subsample/colsample draw different rows and
    // columns; a fold's prediction is the mean of the members' margins (log-odds).
    int baggingMembers = 1;
    // Fold trainings run concurrently on this many threads, each booster single-threaded (see
    // TrainingParameters::threads). 0 = the hardware threads; never more than there are
    // trainings. Every training is independent and lands in its own slot, so the
    // cross-validation is bit-identical whatever the count. The final model then trains with
    // this many XGBoost threads (shared among its bagging members), recorded in its parameters.
    int parallelJobs = 0;
    // Fit Platt scaling on each variant's out-of-fold margins, and search the threshold on the
    // calibrated scale (docs/methodology.md, "Calibration").
    bool calibrate = true;
    std::function<void(const TrainingProgress&)> progress;
};

// Out-of-fold expected calibration error above which an unweighted variant is calibrated too.
inline constexpr double kPoorCalibrationEce = 0.02;

// One way of handling class imbalance, evaluated by k-fold CV.
struct ImbalanceVariantResult {
    std::string name;
    double scalePosWeight = 1.0;
    std::vector<double> foldAuc;     // validation AUC at each fold's best round
    std::vector<int> foldBestRounds; // number of rounds (best iteration + 1); with bagging
                                     // the members' mean, rounded; with the mean curve the
                                     // same count for every fold
    std::string roundSelection;      // roundSelectionName() of the method used
    // One per row, from the fold that did not train on it, on the calibrated scale the advisor
    // is shown (the raw model's when calibration is off).
    std::vector<float> oofProbabilities;
    PlattCalibration calibration;  // fitted on this variant's out-of-fold margins, or identity
    std::string calibrationReason; // why it was or was not applied, for the run report and card
    double oofBrierUncalibrated = 0.0;
    double oofEceUncalibrated = 0.0;
    double oofEce = 0.0; // expected calibration error of oofProbabilities
    std::vector<ReliabilityBin> reliabilityUncalibrated;
    std::vector<ReliabilityBin> reliability;
    double oofAuc = 0.0;
    double oofAveragePrecision = 0.0;
    double oofBrier = 0.0;
    double oofKs = 0.0;
    double meanFoldAuc = 0.0;
    double stdFoldAuc = 0.0;
    int finalRounds = 0; // average best round count (over folds and members), for the final model
    ThresholdSearchResult threshold;

    nlohmann::json summaryJson() const; // everything but the per-row predictions and curve
};

struct CrossValidationResult {
    std::vector<ImbalanceVariantResult> variants;
    std::size_t chosenVariant = 0;
    TrainingParameters finalParameters; // with the chosen scale_pos_weight
    // Trained on all rows for `finalRounds` rounds; with bagging, the members merged into one
    // booster whose margin is the mean of theirs (model::averageBoosters).
    Booster finalModel;
    int baggingMembers = 1; // boosters averaged per fold and in finalModel

    const ImbalanceVariantResult& chosen() const { return variants.at(chosenVariant); }
    nlohmann::json metricsJson() const;
};

// k-fold cross-validation with early stopping on validation AUC, out-of-fold predictions, the
// cost-minimising threshold, and a final model trained on every row. Labels are 1 for payment
// difficulties, 0 otherwise.
class CrossValidationTrainer {
public:
    explicit CrossValidationTrainer(CrossValidationOptions options);

    CrossValidationResult train(const features::FeatureValues& values,
                                std::span<const float> labels) const;
    // The same on a matrix made by sharedMatrix(values), so the caller can release `values`
    // before the long training: nothing here reads the float values again.
    CrossValidationResult train(DMatrix shared, std::span<const float> labels) const;
    // Every row quantised once (XGBoost QuantileDMatrix, the parameters' max_bin), as train()
    // shares it between the folds, the variants and the final model.
    DMatrix sharedMatrix(const features::FeatureValues& values) const;

private:
    // On `all` (every row, labels set), with XGBoost's own objective.
    Booster trainFinal(const TrainingParameters& parameters, int rounds, const DMatrix& all,
                       std::span<const float> labels, const std::string& variant) const;
    int workerCount() const; // parallelJobs resolved
    int jobCount(std::size_t trainings) const;
    // XGBoost threads of each final-model booster: the parameters' count when they set one
    // other than the default 1, else the workers shared among the bagging members.
    int finalModelThreads(int configured) const;

    CrossValidationOptions options_;
};

} // namespace credit::model
