#pragma once

#include "fairness/FairnessReport.h"
#include "features/FeatureMatrix.h"

#include <cstdint>
#include <string>
#include <vector>

namespace credit::data {
class Table;
}

namespace credit::fairness {

struct ProxyOptions {
    // A bounded sample keeps the check to a small share of a training run (docs/methodology.md).
    std::size_t sampleRows = 2000;
    int folds = 3;
    int rounds = 20;
    int threads = 0;           // attributes checked concurrently; 0 = hardware threads
    std::size_t strongest = 5; // proxies listed per attribute
    std::uint64_t seed = 42;
};

// How well the model's own inputs predict each excluded attribute: if gender is out of the model
// but a handful of features give it back with AUC 0.9, the exclusion is cosmetic. For each column
// of `excluded` that the application table has, the attribute becomes a yes/no target (the most
// frequent level against the others for a category, at or above the median for a number);
// gradient-boosted trees on all of `features` (the model's columns, `featureNames`) predict it
// with k-fold cross-validation on a seeded sample of applicants, and every feature's own
// univariate AUC (folded to >= 0.5) ranks the strongest proxies. Columns the table lacks or
// targets with one class only come back as not computable, with the reason.
std::vector<ProxyCheck> checkProxies(const features::FeatureValues& features,
                                     const std::vector<std::string>& featureNames,
                                     const data::Table& applications,
                                     const std::vector<std::string>& excluded,
                                     const ProxyOptions& options = {});

} // namespace credit::fairness
