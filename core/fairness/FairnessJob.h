#pragma once

#include "fairness/FairnessAnalysis.h"

namespace credit::data {
struct HomeCreditDataset;
}
namespace credit::explain {
class ExplanationEngine;
}

namespace credit::fairness {

// The fairness analysis of a bundle on new labelled data (`credit-scoring fairness`): scores
// every applicant with a known TARGET through the engine (the advisor's path), computes the
// bundle's features for the proxy check, and measures at the bundle's threshold. Applicants
// without TARGET are left out. Throws data::DataError when the data has no usable TARGET.
FairnessReport analyseBundle(const explain::ExplanationEngine& engine,
                             const data::HomeCreditDataset& labelled,
                             const FairnessOptions& options = {});

} // namespace credit::fairness
