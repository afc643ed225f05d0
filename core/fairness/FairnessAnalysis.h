#pragma once

#include "fairness/FairnessReport.h"
#include "fairness/GroupMetrics.h"
#include "fairness/ProxyCheck.h"

#include <span>
#include <string>
#include <vector>

namespace credit::data {
class Table;
}

namespace credit::fairness {

struct FairnessOptions {
    BootstrapOptions bootstrap;
    ProxyOptions proxies;
    bool checkProxies = true;
};

// The whole analysis: groups by gender, age band, family status and children (read from
// `applications`, whatever the feature policy kept from the model), measured on `probabilities`
// at `threshold` (refused when the probability is at or above it, as everywhere in the product),
// plus the proxy check of every `excludedColumns` entry against `features` when given. The
// probabilities are whatever the advisor is shown: out-of-fold ones in training (`source`
// "out-of-fold"), the bundle's on new labelled data ("bundle"), calibrated ones once the model
// applies a calibration; nothing here depends on how they were made.
FairnessReport analyseFairness(const data::Table& applications, std::span<const float> labels,
                               std::span<const float> probabilities, double threshold,
                               const std::string& source, const features::FeatureMatrix* features,
                               const std::vector<std::string>& excludedColumns,
                               const FairnessOptions& options = {});

// The same from the groupings protectedGroupings() read off the application table, without the
// proxy check: for a training run that measures the groups after it has released the table
// (and checks the proxies before, while it has the features).
FairnessReport analyseFairness(const std::vector<Grouping>& groupings,
                               std::span<const float> labels, std::span<const float> probabilities,
                               double threshold, const std::string& source,
                               const std::vector<std::string>& excludedColumns,
                               const FairnessOptions& options = {});

} // namespace credit::fairness
