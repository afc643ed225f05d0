#include "model/ModelBundle.h"

#include "common/AtomicFileWriter.h"
#include "common/IsoTime.h"
#include "common/Sha256.h"
#include "model/BundleError.h"
#include "model/CrossValidationTrainer.h"
#include "model/ToolVersion.h"
#include "model/TreeEnsembleCheck.h"
#include "model/UbjsonStructure.h"
#include "model/XgbError.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>

namespace credit::model {
namespace {

constexpr char kMagic[8] = {'C', 'S', 'B', 'U', 'N', 'D', 'L', 'E'};
constexpr std::size_t kDigestSize = 32;

void appendUint(std::vector<std::uint8_t>& out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
}

std::uint64_t readUint(std::span<const std::uint8_t> bytes, std::size_t offset, int width)
{
    std::uint64_t value = 0;
    for (int i = 0; i < width; ++i) {
        value |= std::uint64_t{bytes[offset + static_cast<std::size_t>(i)]} << (8 * i);
    }
    return value;
}

} // namespace

nlohmann::json toJson(const std::vector<ThresholdCostPoint>& curve)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto& point : curve) {
        array.push_back({{"threshold", point.threshold},
                         {"fn", point.falseNegatives},
                         {"fp", point.falsePositives},
                         {"cost", point.cost},
                         {"cost_per_client", point.costPerClient}});
    }
    return array;
}

std::vector<ThresholdCostPoint> curveFromJson(const nlohmann::json& array)
{
    std::vector<ThresholdCostPoint> curve;
    for (const auto& point : array) {
        curve.push_back({point.at("threshold").get<double>(), point.at("fn").get<std::size_t>(),
                         point.at("fp").get<std::size_t>(), point.at("cost").get<double>(),
                         point.at("cost_per_client").get<double>()});
    }
    return curve;
}

std::string missingPolicyWarning()
{
    return "this model bundle records no feature policy (written before policies existed): it "
           "may use gender, family status or other excluded attributes; retrain it with "
           "credit-scoring train";
}

nlohmann::json ModelBundle::manifest() const
{
    nlohmann::json document = {
        {"format", "credit-scoring model bundle"},
        {"format_version", kFormatVersion},
        {"tool_version", toolVersion},
        {"created_utc", createdUtc},
        {"feature_names", featureNames},
        {"feature_spec", featureSpec},
        {"threshold", threshold},
        {"costs",
         {{"false_negative", costs.falseNegativeCost},
          {"false_positive", costs.falsePositiveCost}}},
        {"metrics", metrics},
        {"cost_curve", toJson(costCurve)},
        {"training_data", trainingData.toJson()},
        {"reference_statistics", referenceStatistics},
        {"global_importance", toJson(globalImportance)},
    };
    if (hasFeaturePolicy())
        document["feature_policy"] = featurePolicy;
    if (!calibration.isIdentity())
        document["calibration"] = calibration.toJson();
    return document;
}

std::vector<std::uint8_t> ModelBundle::toBytes() const
{
    const std::string manifestText = manifest().dump();
    const std::vector<std::uint8_t> boosterBytes = booster.serialize();
    std::vector<std::uint8_t> out(std::begin(kMagic), std::end(kMagic));
    appendUint(out, kFormatVersion, 4);
    appendUint(out, manifestText.size(), 8);
    out.insert(out.end(), manifestText.begin(), manifestText.end());
    appendUint(out, boosterBytes.size(), 8);
    out.insert(out.end(), boosterBytes.begin(), boosterBytes.end());
    const auto digest = common::Sha256::digest(out);
    out.insert(out.end(), digest.begin(), digest.end());
    return out;
}

void ModelBundle::save(const std::filesystem::path& file) const
{
    const std::vector<std::uint8_t> bytes = toBytes();
    common::writeFileAtomically(
        file, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

ModelBundle ModelBundle::load(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw BundleError(BundleProblem::Unreadable, file.string(),
                          std::filesystem::exists(file) ? "the file cannot be opened"
                                                        : "the file does not exist");
    }
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
    if (in.bad()) {
        throw BundleError(BundleProblem::Unreadable, file.string(), "reading the file failed");
    }
    return fromBytes(bytes, file.string());
}

ModelBundle ModelBundle::fromBytes(std::span<const std::uint8_t> bytes, const std::string& source)
{
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        throw BundleError(BundleProblem::NotABundle, source,
                          "it does not start with the bundle marker \"CSBUNDLE\"");
    }
    constexpr std::size_t kVersionEnd = sizeof kMagic + 4;
    if (bytes.size() < kVersionEnd + 8) {
        throw BundleError(BundleProblem::Truncated, source,
                          "only " + std::to_string(bytes.size()) + " bytes");
    }
    const auto version = static_cast<std::uint32_t>(readUint(bytes, sizeof kMagic, 4));
    if (version != kFormatVersion) {
        throw BundleError(BundleProblem::UnsupportedVersion, source,
                          "format version " + std::to_string(version) +
                              ", this build reads version " + std::to_string(kFormatVersion) +
                              "; retrain or use a matching release");
    }
    const std::uint64_t manifestLength = readUint(bytes, kVersionEnd, 8);
    const std::size_t manifestStart = kVersionEnd + 8;
    auto truncated = [&](const std::string& what) {
        return BundleError(BundleProblem::Truncated, source,
                           what + " extends beyond the end of the file (" +
                               std::to_string(bytes.size()) + " bytes)");
    };
    if (manifestLength > bytes.size() || manifestStart + manifestLength + 8 > bytes.size()) {
        throw truncated("the manifest");
    }
    const std::size_t boosterLengthAt = manifestStart + static_cast<std::size_t>(manifestLength);
    const std::uint64_t boosterLength = readUint(bytes, boosterLengthAt, 8);
    const std::size_t boosterStart = boosterLengthAt + 8;
    if (boosterLength > bytes.size() || boosterStart + boosterLength + kDigestSize > bytes.size()) {
        throw truncated("the model");
    }
    const std::size_t digestStart = boosterStart + static_cast<std::size_t>(boosterLength);
    if (digestStart + kDigestSize != bytes.size()) {
        throw BundleError(BundleProblem::Malformed, source,
                          std::to_string(bytes.size() - digestStart - kDigestSize) +
                              " unexpected bytes after the checksum");
    }
    const auto digest = common::Sha256::digest(bytes.first(digestStart));
    if (!std::equal(digest.begin(), digest.end(), bytes.begin() + static_cast<long>(digestStart))) {
        throw BundleError(BundleProblem::ChecksumMismatch, source,
                          "the contents changed after the bundle was written (damaged copy?)");
    }

    nlohmann::json manifest;
    try {
        manifest = nlohmann::json::parse(bytes.begin() + static_cast<long>(manifestStart),
                                         bytes.begin() + static_cast<long>(boosterLengthAt));
    } catch (const nlohmann::json::exception& error) {
        throw BundleError(BundleProblem::Malformed, source,
                          std::string("the manifest is not JSON: ") + error.what());
    }

    const auto boosterBytes = bytes.subspan(boosterStart, boosterLength);
    if (const auto problem = ubjsonStructureProblem(boosterBytes)) {
        throw BundleError(BundleProblem::BoosterUnloadable, source,
                          "the model bytes are not well-formed UBJSON: " + *problem);
    }
    if (const auto problem = treeEnsembleProblemInUbjson(boosterBytes)) {
        throw BundleError(BundleProblem::BoosterUnloadable, source,
                          "the model's trees are inconsistent: " + *problem);
    }
    std::optional<Booster> booster;
    std::size_t boosterFeatures = 0;
    try {
        booster.emplace(Booster::fromBytes(boosterBytes));
        // XGBoost configures a loaded learner on its first use, and only then refuses some
        // parameters (a logistic model's base_score outside (0, 1): a fuzzer find, which left
        // the loader as a bare XgbError). Used here, inside this refusal.
        boosterFeatures = booster->featureCount();
    } catch (const XgbError& error) {
        throw BundleError(BundleProblem::BoosterUnloadable, source, error.what());
    }
    ModelBundle bundle{std::move(*booster)};
    try {
        bundle.featureNames = manifest.at("feature_names").get<std::vector<std::string>>();
        bundle.featureSpec = manifest.at("feature_spec");
        if (const auto policy = manifest.find("feature_policy"); policy != manifest.end()) {
            if (!policy->is_object())
                throw BundleError(BundleProblem::Malformed, source,
                                  "the manifest's feature_policy is not an object");
            bundle.featurePolicy = *policy;
        }
        bundle.threshold = manifest.at("threshold").get<double>();
        if (const auto calibration = manifest.find("calibration"); calibration != manifest.end()) {
            try {
                bundle.calibration = PlattCalibration::fromJson(*calibration);
            } catch (const std::invalid_argument& error) {
                throw BundleError(BundleProblem::Malformed, source, error.what());
            }
        }
        bundle.costs.falseNegativeCost = manifest.at("costs").at("false_negative").get<double>();
        bundle.costs.falsePositiveCost = manifest.at("costs").at("false_positive").get<double>();
        bundle.metrics = manifest.at("metrics");
        bundle.costCurve = curveFromJson(manifest.at("cost_curve"));
        bundle.trainingData = TrainingFingerprint::fromJson(manifest.at("training_data"));
        bundle.referenceStatistics = manifest.at("reference_statistics");
        bundle.globalImportance = importanceFromJson(manifest.at("global_importance"));
        bundle.createdUtc = manifest.at("created_utc").get<std::string>();
        bundle.toolVersion = manifest.at("tool_version").get<std::string>();
    } catch (const nlohmann::json::exception& error) {
        throw BundleError(BundleProblem::Malformed, source,
                          std::string("the manifest lacks an expected field: ") + error.what());
    }

    if (boosterFeatures != bundle.featureNames.size()) {
        throw BundleError(BundleProblem::FeatureCountMismatch, source,
                          "the model uses " + std::to_string(boosterFeatures) +
                              " features but the bundle names " +
                              std::to_string(bundle.featureNames.size()));
    }
    if (bundle.featureSpec.is_object() && bundle.featureSpec.contains("features") &&
        bundle.featureSpec["features"].is_array() &&
        bundle.featureSpec["features"].size() != boosterFeatures) {
        throw BundleError(BundleProblem::FeatureCountMismatch, source,
                          "the model uses " + std::to_string(boosterFeatures) +
                              " features but the feature spec defines " +
                              std::to_string(bundle.featureSpec["features"].size()));
    }
    return bundle;
}

ModelBundle assembleBundle(CrossValidationResult&& result, const features::FeatureMatrix& matrix,
                           std::span<const float> labels, nlohmann::json featureSpec,
                           const CostMatrix& costs)
{
    return assembleBundle(
        std::move(result), matrix.featureNames, fingerprintOf(matrix.values, labels),
        selectRows(matrix.values,
                   importanceSampleRows(static_cast<std::size_t>(matrix.values.rows()))),
        std::move(featureSpec), costs);
}

ModelBundle assembleBundle(CrossValidationResult&& result, std::vector<std::string> featureNames,
                           TrainingFingerprint trainingData,
                           const features::FeatureValues& importanceRows,
                           nlohmann::json featureSpec, const CostMatrix& costs)
{
    const ImbalanceVariantResult& chosen = result.chosen();
    ModelBundle bundle{std::move(result.finalModel)};
    bundle.featureNames = std::move(featureNames);
    bundle.featureSpec = std::move(featureSpec);
    bundle.threshold = chosen.threshold.threshold;
    bundle.calibration = chosen.calibration;
    bundle.costs = costs;
    bundle.metrics = result.metricsJson();
    bundle.metrics["training_parameters"] = result.finalParameters.toJson();
    bundle.costCurve = downsampleCurve(chosen.threshold.curve, ModelBundle::kCurvePoints,
                                       chosen.threshold.threshold);
    bundle.trainingData = std::move(trainingData);
    bundle.globalImportance = globalImportance(bundle.booster, importanceRows, bundle.featureNames);
    bundle.createdUtc = common::nowIso8601Utc();
    bundle.toolVersion = toolVersion();
    return bundle;
}

} // namespace credit::model
