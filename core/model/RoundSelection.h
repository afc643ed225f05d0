#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace credit::model {

// How cross-validation picks the number of boosting rounds of the final model.
//  * PerFold: each fold stops on its own validation AUC (patience counted from its own best
//    round); the final model gets the mean of the folds' best round counts.
//  * MeanCurve: the folds train in step, the per-round validation AUC is averaged across them
//    (xgboost.cv's curve) and patience runs on that mean curve; every fold and the final model
//    use the mean curve's best round count. One round count for all, chosen on a curve whose
//    fold-to-fold noise is averaged out.
enum class RoundSelection { PerFold, MeanCurve };

// The project's default: what `credit-scoring select` chose on the real 11,990-row sample
// (docs/methodology.md §3, "Feature families and round selection"): the mean curve's held-out
// fold AUC was the higher by 0.0001 (standard error 0.0003), a tie that the rule breaks by the
// mean; one round count for all folds also makes the reported fold AUCs less optimistic.
inline constexpr RoundSelection kDefaultRoundSelection = RoundSelection::MeanCurve;

std::string_view roundSelectionName(RoundSelection selection); // "per_fold", "mean_curve"
std::optional<RoundSelection> roundSelectionFromName(std::string_view name);

// Where a validation curve (AUC after each round, round 0 first) peaks under early stopping:
// the best round is looked for from round warmUpRounds - 1 on, and the search stops at the
// first round `patience` rounds past the best so far (what the trainer's loop does round by
// round). `stopped` is false when the curve ends before patience ran out.
struct CurvePeak {
    int bestRound = 0; // 0-based; the model keeps bestRound + 1 rounds
    bool stopped = false;
};
CurvePeak findPeak(std::span<const double> curve, int warmUpRounds, int patience);

// The round-by-round mean of several curves, as long as the shortest.
std::vector<double> meanCurve(std::span<const std::vector<double>> curves);

// The number of rounds `selection` gives for these folds' curves: the mean of each curve's
// peak (rounded) for PerFold, the mean curve's peak for MeanCurve. At least 1.
int selectedRounds(RoundSelection selection, std::span<const std::vector<double>> curves,
                   int warmUpRounds, int patience);

} // namespace credit::model
