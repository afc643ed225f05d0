#include "training/FoldCount.h"

#include <algorithm>

namespace credit::training {

FoldCount chooseFoldCount(int requested, std::size_t labelledRows)
{
    if (requested > 0)
        return {requested, "asked for"};
    const std::size_t fitting = kFoldRowBudget / std::max<std::size_t>(1, labelledRows);
    const int folds = static_cast<int>(std::clamp<std::size_t>(fitting, kFewestFolds, kMostFolds));
    return {folds, std::to_string(folds) + " folds for " + std::to_string(labelledRows) +
                       " labelled applicants: at most " + std::to_string(kMostFolds) +
                       ", at least " + std::to_string(kFewestFolds) +
                       ", and folds x applicants within " + std::to_string(kFoldRowBudget) +
                       " where possible"};
}

} // namespace credit::training
