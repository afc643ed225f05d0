#pragma once

#include "features/FeatureMatrix.h"
#include "model/Booster.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace credit::model {

struct FeatureImportance {
    std::string feature;
    double meanAbsoluteShap = 0.0; // log-odds
};

// Mean |exact TreeSHAP| per feature over at most `maxRows` rows, taken evenly spaced (every
// n/maxRows-th row, deterministic) so the cost stays bounded on large training sets. Sorted by
// importance, largest first.
std::vector<FeatureImportance> globalImportance(const Booster& booster,
                                                const features::FeatureValues& values,
                                                const std::vector<std::string>& featureNames,
                                                std::size_t maxRows = 2000);

nlohmann::json toJson(const std::vector<FeatureImportance>& importance);
std::vector<FeatureImportance> importanceFromJson(const nlohmann::json& array);

} // namespace credit::model
