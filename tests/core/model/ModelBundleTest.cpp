#include "model/ModelBundle.h"

#include "TrainOnSynthetic.h"
#include "common/Sha256.h"
#include "model/BundleError.h"
#include "model/CrossValidationTrainer.h"
#include "model/TreeShapExplainer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace credit::model;
namespace fs = std::filesystem;

namespace {

Booster trainSmallModel(const credit::testing::SyntheticLogistic& data)
{
    TrainingParameters parameters;
    parameters.threads = 1;
    parameters.maxDepth = 3;
    return credit::testing::trainOn(data, parameters, 20);
}

std::vector<std::string> names(int count)
{
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) {
        out.push_back("F" + std::to_string(i));
    }
    return out;
}

// A small synthetic training set and quick cross-validation options, as assembleBundle gets them.
struct SmallTraining {
    credit::testing::SyntheticLogistic data;
    credit::features::FeatureMatrix matrix;
    CrossValidationOptions options;
};

SmallTraining smallTraining()
{
    SmallTraining training{credit::testing::makeSyntheticLogistic(600, 10, 8), {}, {}};
    training.matrix.featureNames = names(10);
    training.matrix.values = training.data.values;
    training.options.folds = 3;
    training.options.maxRounds = 30;
    training.options.earlyStoppingPatience = 10;
    training.options.compareClassWeighting = false;
    training.options.parameters.threads = 1;
    training.options.parameters.eta = 0.2;
    return training;
}

ModelBundle makeBundle(const credit::testing::SyntheticLogistic& data)
{
    ModelBundle bundle(trainSmallModel(data));
    bundle.featureNames = names(static_cast<int>(data.values.cols()));
    bundle.featureSpec = {{"version", 1}, {"features", bundle.featureNames}};
    bundle.threshold = 0.123456789;
    bundle.costs = CostMatrix{7.0, 1.5};
    bundle.metrics = {{"oof_auc", 0.8}};
    bundle.costCurve = {{0.1, 0, 50, 50.0, 0.5}, {0.2, 3, 20, 50.0, 0.5}};
    bundle.trainingData = fingerprintOf(data.values, data.labels);
    bundle.referenceStatistics = {{"opaque", true}};
    bundle.globalImportance = {{"F0", 0.7}, {"F1", 0.3}};
    bundle.createdUtc = "2026-11-22T11:00:00Z";
    bundle.toolVersion = "test";
    return bundle;
}

BundleProblem problemOf(std::span<const std::uint8_t> bytes)
{
    try {
        (void)ModelBundle::fromBytes(bytes, "test bytes");
    } catch (const BundleError& error) {
        return error.problem();
    }
    FAIL("the bundle was accepted");
    return BundleProblem::Unreadable;
}

// The message of the BundleError `bytes` are refused with, after checking it is `expected`;
// fails the test when they are accepted.
std::string refusalOf(std::span<const std::uint8_t> bytes, BundleProblem expected)
{
    try {
        (void)ModelBundle::fromBytes(bytes, "forged.csbundle");
    } catch (const BundleError& error) {
        CHECK(error.problem() == expected);
        return error.what();
    }
    FAIL("the forged bundle was accepted");
    return {};
}

// A container written by hand following the documented layout, so a checksum-valid bundle with
// bad content can be built.
std::vector<std::uint8_t> handMadeContainer(const std::string& manifest,
                                            const std::vector<std::uint8_t>& booster)
{
    std::vector<std::uint8_t> out = {'C', 'S', 'B', 'U', 'N', 'D', 'L', 'E', 1, 0, 0, 0};
    auto append64 = [&](std::uint64_t value) {
        for (int i = 0; i < 8; ++i) {
            out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
        }
    };
    append64(manifest.size());
    out.insert(out.end(), manifest.begin(), manifest.end());
    append64(booster.size());
    out.insert(out.end(), booster.begin(), booster.end());
    const auto digest = credit::common::Sha256::digest(out);
    out.insert(out.end(), digest.begin(), digest.end());
    return out;
}

struct TemporaryFolder {
    fs::path path = fs::temp_directory_path() /
                    ("credit_bundle_test_" + std::to_string(std::random_device{}()));
    TemporaryFolder() { fs::create_directories(path); }
    ~TemporaryFolder() { fs::remove_all(path); }
};

} // namespace

TEST_CASE("Bundle round trip keeps every field and gives bit-identical predictions", "[bundle]")
{
    const auto data = credit::testing::makeSyntheticLogistic(400, 12, 5);
    const ModelBundle original = makeBundle(data);
    TemporaryFolder folder;
    const fs::path file = folder.path / "model.bundle";
    original.save(file);
    CHECK_FALSE(fs::exists(folder.path / "model.bundle.partial"));

    const ModelBundle loaded = ModelBundle::load(file);
    CHECK(loaded.featureNames == original.featureNames);
    CHECK(loaded.featureSpec == original.featureSpec);
    CHECK(loaded.threshold == original.threshold);
    CHECK(loaded.costs.falseNegativeCost == 7.0);
    CHECK(loaded.costs.falsePositiveCost == 1.5);
    CHECK(loaded.metrics == original.metrics);
    REQUIRE(loaded.costCurve.size() == 2);
    CHECK(loaded.costCurve[1].falseNegatives == 3);
    CHECK(loaded.trainingData.featureMatrixSha256 == original.trainingData.featureMatrixSha256);
    CHECK(loaded.trainingData.rows == 400);
    CHECK(loaded.referenceStatistics == original.referenceStatistics);
    CHECK(loaded.globalImportance[0].feature == "F0");
    CHECK(loaded.createdUtc == original.createdUtc);
    CHECK(loaded.toolVersion == "test");

    DMatrix all(data.values);
    CHECK(loaded.booster.predictProbability(all) == original.booster.predictProbability(all));
    CHECK(loaded.booster.predictContributions(all) == original.booster.predictContributions(all));
    const std::span<const float> row(data.values.row(3).data(), 12);
    CHECK(loaded.booster.predictProbabilityInPlace(row) ==
          original.booster.predictProbabilityInPlace(row));
    // Writing the loaded bundle again gives the same bytes.
    CHECK(loaded.toBytes() == original.toBytes());
}

TEST_CASE("Damaged bundles are refused with the right reason", "[bundle]")
{
    const auto data = credit::testing::makeSyntheticLogistic(200, 8, 6);
    const std::vector<std::uint8_t> good = makeBundle(data).toBytes();
    REQUIRE_NOTHROW(ModelBundle::fromBytes(good));

    SECTION("one flipped byte in the model")
    {
        auto bytes = good;
        bytes[bytes.size() - 100] ^= 0x01;
        CHECK(problemOf(bytes) == BundleProblem::ChecksumMismatch);
    }
    SECTION("one flipped byte in the manifest")
    {
        auto bytes = good;
        bytes[40] ^= 0x20;
        CHECK(problemOf(bytes) == BundleProblem::ChecksumMismatch);
    }
    SECTION("another format version")
    {
        auto bytes = good;
        bytes[8] = 2;
        CHECK(problemOf(bytes) == BundleProblem::UnsupportedVersion);
        CHECK_THROWS_WITH(ModelBundle::fromBytes(bytes, "x.bundle"),
                          Catch::Contains("format version 2") && Catch::Contains("x.bundle"));
    }
    SECTION("truncated")
    {
        auto bytes = good;
        bytes.resize(bytes.size() - 10);
        CHECK(problemOf(bytes) == BundleProblem::Truncated);
        bytes.resize(bytes.size() / 2);
        CHECK(problemOf(bytes) == BundleProblem::Truncated);
        bytes.resize(15);
        CHECK(problemOf(bytes) == BundleProblem::Truncated);
    }
    SECTION("trailing bytes")
    {
        auto bytes = good;
        bytes.push_back(0);
        CHECK(problemOf(bytes) == BundleProblem::Malformed);
    }
    SECTION("not a bundle")
    {
        const std::string text = "SK_ID_CURR,TARGET\n100002,1\n";
        CHECK(problemOf(std::vector<std::uint8_t>(text.begin(), text.end())) ==
              BundleProblem::NotABundle);
        CHECK(problemOf(std::vector<std::uint8_t>{}) == BundleProblem::NotABundle);
    }
}

TEST_CASE("Bundles whose parts disagree are refused", "[bundle]")
{
    const auto data = credit::testing::makeSyntheticLogistic(200, 8, 7);
    ModelBundle bundle = makeBundle(data);

    SECTION("booster bytes XGBoost cannot load")
    {
        const std::string manifest = bundle.manifest().dump();
        const auto bytes = handMadeContainer(manifest, {1, 2, 3, 4, 5});
        CHECK(problemOf(bytes) == BundleProblem::BoosterUnloadable);
    }
    SECTION("a tree node whose parent is outside its tree, checksum recomputed")
    {
        // The model_bundle fuzzer's find: XGBoost's tree loader looked this parent up without a
        // bounds check (a read far out of bounds under AddressSanitizer). The first tree's
        // "parents" is an int32 array ('[$l#L' + count); node 1 gets the root's marker.
        auto booster = bundle.booster.serialize();
        const std::string marker = "parents[$l#L";
        const auto at = std::search(booster.begin(), booster.end(), marker.begin(), marker.end());
        REQUIRE(at != booster.end());
        const auto nodeOne = (at - booster.begin()) + static_cast<long>(marker.size()) + 8 + 4;
        std::fill_n(booster.begin() + nodeOne, 4, std::uint8_t{0xff});
        booster[static_cast<std::size_t>(nodeOne)] = 0x7f;
        const auto message = refusalOf(handMadeContainer(bundle.manifest().dump(), booster),
                                       BundleProblem::BoosterUnloadable);
        CHECK_THAT(message, Catch::Contains("forged.csbundle") &&
                                Catch::Contains("node 1 names parent 2147483647"));
    }
    SECTION("a base score XGBoost refuses only when the model is first used")
    {
        // Fuzzer find: a logistic model's base_score outside (0, 1) passes XGBoost's load and
        // is refused at its first use, which the loader did not turn into a BundleError.
        auto booster = bundle.booster.serialize();
        const std::string key = "base_score";
        const auto at = std::search(booster.begin(), booster.end(), key.begin(), key.end());
        REQUIRE(at != booster.end());
        // The value: 'S', then 'L' and a big-endian int64 length, then the text.
        auto value = at + static_cast<long>(key.size());
        REQUIRE(*value == 'S');
        REQUIRE(*(value + 1) == 'L');
        std::size_t length = 0;
        for (int i = 0; i < 8; ++i)
            length = (length << 8) | *(value + 2 + i);
        std::fill_n(value + 10, length, std::uint8_t{'9'}); // 9, 99, 999...: not below 1
        const auto message = refusalOf(handMadeContainer(bundle.manifest().dump(), booster),
                                       BundleProblem::BoosterUnloadable);
        CHECK_THAT(message, Catch::Contains("forged.csbundle") && Catch::Contains("base_score"));
    }
    SECTION("manifest that is not JSON")
    {
        const auto bytes = handMadeContainer("{not json", bundle.booster.serialize());
        CHECK(problemOf(bytes) == BundleProblem::Malformed);
    }
    SECTION("feature names and booster disagree")
    {
        bundle.featureNames.pop_back();
        CHECK(problemOf(bundle.toBytes()) == BundleProblem::FeatureCountMismatch);
    }
    SECTION("feature spec and booster disagree")
    {
        bundle.featureSpec["features"].push_back("EXTRA");
        CHECK(problemOf(bundle.toBytes()) == BundleProblem::FeatureCountMismatch);
    }
}

TEST_CASE("Loading a missing file says it is unreadable", "[bundle]")
{
    try {
        (void)ModelBundle::load("/nonexistent/folder/model.bundle");
        FAIL("loaded a missing file");
    } catch (const BundleError& error) {
        CHECK(error.problem() == BundleProblem::Unreadable);
        CHECK(std::string(error.what()).find("/nonexistent/folder/model.bundle") !=
              std::string::npos);
    }
}

TEST_CASE("A bundle assembled from cross-validation is complete", "[bundle]")
{
    const auto [data, matrix, options] = smallTraining();
    auto result = CrossValidationTrainer(options).train(matrix.values, data.labels);
    const double chosenThreshold = result.chosen().threshold.threshold;
    const ModelBundle bundle = assembleBundle(std::move(result), matrix, data.labels,
                                              {{"features", matrix.featureNames}}, CostMatrix{});
    CHECK(bundle.threshold == chosenThreshold);
    CHECK(bundle.costCurve.size() <= ModelBundle::kCurvePoints + 1);
    CHECK(bundle.globalImportance.size() == 10);
    // The strongest true signal (feature 0) is among the three most important features.
    bool signalOnTop = false;
    for (int i = 0; i < 3; ++i) {
        signalOnTop =
            signalOnTop || bundle.globalImportance[static_cast<std::size_t>(i)].feature == "F0";
    }
    CHECK(signalOnTop);
    CHECK(bundle.trainingData.rows == 600);
    CHECK(bundle.trainingData.featureMatrixSha256.size() == 64);
    CHECK(bundle.createdUtc.size() == 20);
    CHECK(bundle.metrics.contains("chosen"));
    REQUIRE_NOTHROW(ModelBundle::fromBytes(bundle.toBytes()));
}

TEST_CASE("A bundle carries its calibration, and a bad one is refused with a reason", "[bundle]")
{
    const auto data = credit::testing::makeSyntheticLogistic(200, 8, 7);
    ModelBundle bundle = makeBundle(data);
    CHECK(bundle.calibration.isIdentity());
    CHECK_FALSE(bundle.manifest().contains("calibration")); // older readers see what they know

    bundle.calibration = PlattCalibration{0.7, -1.25};
    const ModelBundle loaded = ModelBundle::fromBytes(bundle.toBytes());
    CHECK(loaded.calibration.slope == 0.7);
    CHECK(loaded.calibration.intercept == -1.25);

    auto manifest = bundle.manifest();
    manifest["calibration"]["slope"] = -0.7;
    const auto reversed = handMadeContainer(manifest.dump(), bundle.booster.serialize());
    CHECK(problemOf(reversed) == BundleProblem::Malformed);
    try {
        (void)ModelBundle::fromBytes(reversed);
    } catch (const BundleError& error) {
        CHECK(std::string(error.what()).find("reverse") != std::string::npos);
    }
}

TEST_CASE("A seed-bagged model is an ordinary bundle and its TreeSHAP stays exact", "[bundle]")
{
    auto [data, matrix, options] = smallTraining();
    options.baggingMembers = 3;
    auto result = CrossValidationTrainer(options).train(matrix.values, data.labels);
    const int rounds = result.chosen().finalRounds;
    const ModelBundle bundle = assembleBundle(std::move(result), matrix, data.labels,
                                              {{"features", matrix.featureNames}}, CostMatrix{});
    CHECK(bundle.metrics["bagging_members"] == 3);
    const ModelBundle loaded = ModelBundle::fromBytes(bundle.toBytes());
    CHECK(loaded.booster.boostedRounds() == rounds);
    // Three trees per round: the members merged into one booster.
    CHECK(loaded.booster.modelJson()["learner"]["gradient_booster"]["model"]["trees"].size() ==
          3u * static_cast<std::size_t>(rounds));
    const TreeShapExplainer explainer(loaded.booster);
    const auto margins = loaded.booster.predictMargin(DMatrix(data.values));
    std::vector<float> contributions(11);
    for (Eigen::Index row = 0; row < 50; ++row) {
        explainer.contributions({data.values.row(row).data(), 10}, contributions);
        double sum = 0.0;
        for (const float value : contributions)
            sum += value;
        CAPTURE(row);
        CHECK(sum == Approx(margins[static_cast<std::size_t>(row)]).margin(1e-4));
        CHECK(explainer.margin({data.values.row(row).data(), 10}) ==
              margins[static_cast<std::size_t>(row)]);
    }
}
