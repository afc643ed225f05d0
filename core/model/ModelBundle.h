#pragma once

#include "model/Booster.h"
#include "model/CostMatrix.h"
#include "model/GlobalImportance.h"
#include "model/PlattCalibration.h"
#include "model/ThresholdSearch.h"
#include "model/TrainingFingerprint.h"

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

namespace credit::model {

struct CrossValidationResult;

// Everything needed to score, explain and audit: one file, versioned, checksummed.
//
// File layout (all integers little-endian):
//   8 bytes   magic "CSBUNDLE"
//   4 bytes   uint32 format version (kFormatVersion)
//   8 bytes   uint64 manifest length M, then M bytes of UTF-8 JSON (the manifest)
//   8 bytes   uint64 booster length B, then B bytes of XGBoost UBJSON model
//   32 bytes  SHA-256 of every byte before it
// A binary container rather than base64 in JSON: the booster stays byte-exact and 25 % smaller,
// and the manifest can still be read with `tail -c +21 file | head -c M`.
//
// The feature spec is opaque here (written by the features module). If it is an object with a
// "features" array, that array's length must equal the booster's feature count.
struct ModelBundle {
    static constexpr std::uint32_t kFormatVersion = 1;
    static constexpr std::size_t kCurvePoints = 200; // stored cost curve size

    explicit ModelBundle(Booster model) : booster(std::move(model)) {}

    Booster booster;
    std::vector<std::string> featureNames; // booster column order
    nlohmann::json featureSpec;
    // The features module's FeaturePolicy (opaque here, like the spec): which source columns the
    // model may not use. Optional in format 1: null for bundles written before policies existed,
    // which load with missingPolicyWarning().
    nlohmann::json featurePolicy;
    double threshold = 0.5; // refuse when probability >= threshold (the calibrated one)
    // Applied to the booster's margin in every scoring path. Optional in format 1: a bundle
    // written before calibration existed loads with the identity (the model's own scale).
    PlattCalibration calibration;
    CostMatrix costs;
    nlohmann::json metrics;                    // CV and out-of-fold figures
    std::vector<ThresholdCostPoint> costCurve; // downsampled
    TrainingFingerprint trainingData;
    nlohmann::json referenceStatistics = nlohmann::json::object(); // filled by population
    std::vector<FeatureImportance> globalImportance;
    std::string createdUtc;
    std::string toolVersion;

    bool hasFeaturePolicy() const { return featurePolicy.is_object(); }

    nlohmann::json manifest() const;
    std::vector<std::uint8_t> toBytes() const;
    // Writes to a temporary file beside `file` then renames, so a crash never leaves half a
    // bundle under the final name.
    void save(const std::filesystem::path& file) const;

    // Both throw BundleError naming the problem and the source.
    static ModelBundle fromBytes(std::span<const std::uint8_t> bytes,
                                 const std::string& source = "(in memory)");
    static ModelBundle load(const std::filesystem::path& file);
};

// Builds the bundle from a finished cross-validation: the final model, the chosen threshold,
// the downsampled cost curve, metrics, fingerprint and global importance. `matrix` and `labels`
// are the training rows the result came from.
ModelBundle assembleBundle(CrossValidationResult&& result, const features::FeatureMatrix& matrix,
                           std::span<const float> labels, nlohmann::json featureSpec,
                           const CostMatrix& costs);

// The same from what the bundle keeps of the training rows, taken before they were released:
// their fingerprint (fingerprintOf) and the rows global importance reads
// (selectRows(values, importanceSampleRows(rows))).
ModelBundle assembleBundle(CrossValidationResult&& result, std::vector<std::string> featureNames,
                           TrainingFingerprint trainingData,
                           const features::FeatureValues& importanceRows,
                           nlohmann::json featureSpec, const CostMatrix& costs);

// What the CLI, the server log and the app say about a bundle without a feature policy.
std::string missingPolicyWarning();

nlohmann::json toJson(const std::vector<ThresholdCostPoint>& curve);
std::vector<ThresholdCostPoint> curveFromJson(const nlohmann::json& array);

} // namespace credit::model
