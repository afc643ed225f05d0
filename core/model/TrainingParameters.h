#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace credit::model {

// The XGBoost parameters we tune, with defaults chosen for ~300 engineered features of tabular
// credit data: a small learning rate with early stopping doing the rest, moderately deep trees,
// row and column subsampling against overfitting of many correlated aggregates, and hist trees
// for speed. `extra` passes any other XGBoost parameter through untouched.
struct TrainingParameters {
    double eta = 0.05;
    int maxDepth = 6;
    double minChildWeight = 5.0;
    double subsample = 0.8;
    double colsampleByTree = 0.6;
    double lambda = 1.0;
    double alpha = 0.0;
    double gamma = 0.0;
    double scalePosWeight = 1.0;
    // Initial prediction (probability). <= 0 means "automatic": the cross-validation trainer
    // sets it to the training rows' (weighted) positive share. XGBoost 1.7 otherwise starts at
    // 0.5, far from the ~8 % default rate, so at eta 0.05 the first ~50 rounds only move the
    // intercept: early stopping then compares folds at very different calibrations and the
    // pooled out-of-fold probabilities (hence the threshold) are distorted.
    double baseScore = 0.0;
    int maxBin = 256;
    std::string treeMethod = "hist";
    std::string objective = "binary:logistic";
    std::string evalMetric = "auc";
    int threads = 0; // 0 = all hardware threads
    unsigned seed = 42;
    std::vector<std::pair<std::string, std::string>> extra;

    // Name/value pairs as XGBoosterSetParam expects them (threads resolved).
    std::vector<std::pair<std::string, std::string>> toXgboost() const;

    // JSON with XGBoost's own parameter names ("eta", "max_depth", ...), so a params file reads
    // like an XGBoost config. Unknown keys go to `extra`.
    nlohmann::json toJson() const;
    static TrainingParameters fromJson(const nlohmann::json& object);
    static TrainingParameters fromFile(const std::filesystem::path& file);
};

int hardwareThreads();

} // namespace credit::model
