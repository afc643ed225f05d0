#include "model/TrainingFingerprint.h"

#include "common/Sha256.h"

namespace credit::model {

nlohmann::json TrainingFingerprint::toJson() const
{
    return {{"rows", rows},
            {"positives", positives},
            {"features", features},
            {"feature_matrix_sha256", featureMatrixSha256}};
}

TrainingFingerprint TrainingFingerprint::fromJson(const nlohmann::json& object)
{
    TrainingFingerprint fingerprint;
    fingerprint.rows = object.at("rows").get<std::size_t>();
    fingerprint.positives = object.at("positives").get<std::size_t>();
    fingerprint.features = object.at("features").get<std::size_t>();
    fingerprint.featureMatrixSha256 = object.at("feature_matrix_sha256").get<std::string>();
    return fingerprint;
}

TrainingFingerprint fingerprintOf(const features::FeatureValues& values,
                                  std::span<const float> labels)
{
    TrainingFingerprint fingerprint;
    fingerprint.rows = static_cast<std::size_t>(values.rows());
    fingerprint.features = static_cast<std::size_t>(values.cols());
    for (const float label : labels) {
        fingerprint.positives += label > 0.5f ? 1 : 0;
    }
    common::Sha256 hasher;
    hasher.update(values.data(), static_cast<std::size_t>(values.size()) * sizeof(float));
    fingerprint.featureMatrixSha256 = common::Sha256::toHex(hasher.finish());
    return fingerprint;
}

} // namespace credit::model
