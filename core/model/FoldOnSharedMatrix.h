#pragma once

#include "model/Booster.h"
#include "model/DMatrix.h"
#include "model/TrainingParameters.h"

#include <cstddef>
#include <span>
#include <vector>

namespace credit::model {

// Per row of a shared matrix, the weight a booster trained on `trainRows` gives it: 0 for every
// other row (so it adds nothing to any gradient sum), `scalePosWeight` for a training row
// labelled 1 and 1 for one labelled 0, as XGBoost's binary:logistic weighs them.
std::vector<float> foldRowWeights(std::size_t rowCount, std::span<const std::size_t> trainRows,
                                  std::span<const float> labels, double scalePosWeight);

// One booster trained on some rows of a matrix that every fold shares (built once, with all
// rows), instead of on a copy of those rows: each round the binary:logistic gradients are
// computed here from the booster's own cached margins, weighted by foldRowWeights, and handed
// to XGBoost, so rows outside the fold weigh nothing, exactly as if they were absent, except
// that the histogram bins come from the shared matrix's rows (its quantiles cover the
// validation rows too; no label is read). Several of these may train concurrently on one
// shared matrix (each on its own thread): XGBoost only reads it once its bins exist, which the
// first round builds (prepareSharedMatrix builds them before any thread starts; a quantised
// matrix has them from the start).
class FoldOnSharedMatrix {
public:
    // `parameters.scalePosWeight` weighs the positives; its base score must be resolved
    // (withBaseScore on the training rows' labels).
    FoldOnSharedMatrix(const DMatrix& shared, std::span<const float> labels,
                       std::span<const std::size_t> trainRows,
                       std::span<const std::size_t> validationRows,
                       const TrainingParameters& parameters);

    // Trains one more round and returns the validation rows' ROC AUC after it (tie-aware, on
    // the probabilities), NaN when the fold has no validation row.
    double boostRound();
    int rounds() const { return rounds_; }
    // The validation rows' predictions (probabilities, or margins) from the first `rounds`
    // trees, predicted on the shared matrix itself: the trees split on its bin boundaries, so
    // its bins give each row the branch its values would, and no copy of the rows is needed
    // (the float feature matrix may be gone by then).
    std::vector<float> predictValidation(int rounds, bool margin) const;
    // The validation rows' margins after the rounds trained so far, from the booster's cached
    // margins: no prediction. What a trainer keeps of the round it may choose.
    std::vector<float> validationMargins() const;
    const Booster& booster() const { return booster_; }
    Booster& booster() { return booster_; }

private:
    const DMatrix& shared_;
    std::span<const float> labels_;
    std::vector<float> weights_;
    std::vector<std::size_t> validationRows_;
    std::vector<float> validationLabels_;
    Booster booster_;
    std::vector<float> margins_; // every row's margin after the rounds so far
    int rounds_ = 0;
};

// Builds a shared matrix's histogram bins once, on the calling thread, so boosters started on
// it afterwards from several threads only read them.
void prepareSharedMatrix(const DMatrix& shared, const TrainingParameters& parameters);

} // namespace credit::model
