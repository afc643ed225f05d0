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

inline constexpr std::size_t kImportanceRows = 2000;

// At most `maxRows` of `rows` rows, evenly spaced (every rows/maxRows-th, deterministic): the
// rows global importance reads, so that a caller can keep only them once the full matrix goes.
std::vector<std::size_t> importanceSampleRows(std::size_t rows,
                                              std::size_t maxRows = kImportanceRows);

// Mean |exact TreeSHAP| per feature over importanceSampleRows(values.rows(), maxRows), so the
// cost stays bounded on large training sets (on a matrix of at most `maxRows` rows: every row).
// Sorted by importance, largest first.
std::vector<FeatureImportance> globalImportance(const Booster& booster,
                                                const features::FeatureValues& values,
                                                const std::vector<std::string>& featureNames,
                                                std::size_t maxRows = kImportanceRows);

nlohmann::json toJson(const std::vector<FeatureImportance>& importance);
std::vector<FeatureImportance> importanceFromJson(const nlohmann::json& array);

} // namespace credit::model
