#pragma once

#include "data/HomeCreditDataset.h"
#include "explain/Counterfactual.h"

#include <functional>
#include <vector>

namespace credit::explain {

// Searches the changes a client can actually make, and only those: borrow less (a personal
// down payment), spread the loan over longer (a lower annuity), or finance cheaper goods. Age,
// gender, family and every other personal field are never touched. Bounds are what a lender
// would accept: at most half the credit as down payment, annuity down by at most 40 %.
class CounterfactualSearch {
public:
    // Scores many edited copies of the client at once (the engine batches the model calls).
    using BatchScorer =
        std::function<std::vector<double>(const std::vector<const data::HomeCreditDataset*>&)>;

    CounterfactualSearch(BatchScorer scorer, double threshold);

    CounterfactualResult search(const data::HomeCreditDataset& client) const;

    static constexpr double kMaxDownPaymentShare = 0.5;
    static constexpr double kMaxAnnuityReduction = 0.4;
    static constexpr int kMaxSuggestions = 3;

private:
    BatchScorer scorer_;
    double threshold_;
};

} // namespace credit::explain
