#pragma once

#include "features/FeatureMatrix.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <span>
#include <string>

namespace credit::model {

// Identifies the data a model was trained on, so a run can be matched with its data later:
// row and positive counts and the SHA-256 of the feature matrix's row-major float32 bytes
// (little-endian, NaN as stored).
struct TrainingFingerprint {
    std::size_t rows = 0;
    std::size_t positives = 0;
    std::size_t features = 0;
    std::string featureMatrixSha256;

    nlohmann::json toJson() const;
    static TrainingFingerprint fromJson(const nlohmann::json& object);
};

TrainingFingerprint fingerprintOf(const features::FeatureValues& values,
                                  std::span<const float> labels);

} // namespace credit::model
