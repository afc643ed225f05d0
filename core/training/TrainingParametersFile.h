#pragma once

#include "features/FeatureFamilySelection.h"
#include "model/RoundSelection.h"
#include "model/TrainingParameters.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>

namespace credit::training {

// The file `credit-scoring train --params` reads and `credit-scoring select` writes: XGBoost's
// parameters under their own names (model::TrainingParameters, unknown keys passed to XGBoost),
// plus three keys that are not XGBoost's:
//   "feature_families": {"ext_source_stats": false, ...}  (features::FeatureFamilySelection)
//   "round_selection":  "per_fold" | "mean_curve"          (model::RoundSelection)
//   "selection":        the evidence `select` based its choice on (copied into the run record)
// A plain XGBoost params file (none of the three) still reads as before.
struct TrainingParametersFile {
    model::TrainingParameters xgboost;
    std::optional<features::FeatureFamilySelection> families;
    std::optional<model::RoundSelection> roundSelection;
    nlohmann::json selection; // null when absent

    nlohmann::json toJson() const;
    // Throws std::invalid_argument naming the key for a value of the wrong kind.
    static TrainingParametersFile fromJson(const nlohmann::json& object);
    // Throws std::runtime_error naming the file (unreadable, not JSON, a bad value).
    static TrainingParametersFile fromFile(const std::filesystem::path& file);
    void save(const std::filesystem::path& file) const;
};

} // namespace credit::training
