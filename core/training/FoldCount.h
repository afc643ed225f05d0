#pragma once

#include <cstddef>
#include <string>

namespace credit::training {

// How many labelled rows cross-validation may visit per boosting round, summed over its folds,
// when `credit-scoring train` chooses the fold count itself. Every fold booster trains on the one
// shared quantised matrix with the rows outside its fold weighted 0, and XGBoost 1.7's
// histograms still visit those rows: a fold-round costs as much as a round on the whole
// portfolio (0.24-0.27 s of CPU at full size, whatever the fold count), so cross-validation
// costs folds x rows x rounds. 600,000 keeps 5 folds up to 120,000 labelled applicants (the real
// sample and the 55k portfolio are far below) and gives the full-size portfolio (276,707) 2 folds
// of 138,000 validation rows each: its run went from 21.6 min with 5 folds to 6.9 min, with the
// held-out AUC 0.0013 lower (docs/performance.md, "Training at full size", step 5).
inline constexpr std::size_t kFoldRowBudget = 600'000;
inline constexpr int kMostFolds = 5;
inline constexpr int kFewestFolds = 2;

struct FoldCount {
    int folds = kMostFolds;
    std::string reason; // why this count, for the bundle and the run record
};

// `requested` > 0 is kept as asked; 0 means as many folds, from 5 down to 2, as keep
// folds x labelledRows within kFoldRowBudget.
FoldCount chooseFoldCount(int requested, std::size_t labelledRows);

} // namespace credit::training
