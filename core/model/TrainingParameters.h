#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace credit::model {

// The XGBoost parameters we tune, with defaults measured on the real 11,990-row application
// sample (docs/methodology.md): shallow trees (depth 4) with at least 10 weighted rows per leaf
// and 30 % of the columns per tree, because many engineered features are near-copies of each
// other and the default class is rare, so deeper trees memorise folds; eta 0.08 with early
// stopping keeps a 5-fold run with the weighting comparison well under a minute. Lower eta
// (0.02-0.04), depth 3-6, colsample 0.2-0.9, min_child_weight 1-40, lambda/alpha and max_bin 64
// were tried and gave no AUC gain beyond fold noise (docs/methodology.md §3). hist trees.
// `extra` passes any other XGBoost parameter through untouched.
struct TrainingParameters {
    double eta = 0.08;
    int maxDepth = 4;
    double minChildWeight = 10.0;
    double subsample = 0.8;
    double colsampleByTree = 0.3;
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
    // XGBoost threads; 0 = all hardware threads. Default 1: on the real sample (9,600 training
    // rows per fold, 263 features) a tree is a few milliseconds of work, so two OpenMP threads
    // mostly wait on each other, and on a busy 2-core machine their spin-waiting is ruinous:
    // the same run (identical AUCs and rounds) took 103 s CPU / 147 s wall with 2 threads
    // against 20 s CPU / 31 s wall with 1 (load average 7, docs/methodology.md §6). Cross-
    // validation uses the cores by training folds concurrently instead
    // (CrossValidationOptions::parallelJobs), which needs no synchronisation inside a tree.
    int threads = 1;
    unsigned seed = 42;
    std::vector<std::pair<std::string, std::string>> extra;

    // Name/value pairs as XGBoosterSetParam expects them (threads resolved).
    std::vector<std::pair<std::string, std::string>> toXgboost() const;

    // JSON with XGBoost's own parameter names ("eta", "max_depth", ...), so a params file reads
    // like an XGBoost config. Unknown keys go to `extra`. The file form, with the keys that are
    // not XGBoost's, is training::TrainingParametersFile.
    nlohmann::json toJson() const;
    static TrainingParameters fromJson(const nlohmann::json& object);
};

int hardwareThreads();

// `parameters` with an automatic base score (baseScore <= 0) resolved to the training rows'
// positive share after class weighting: the right starting probability for the trees.
TrainingParameters withBaseScore(TrainingParameters parameters, std::span<const float> labels);

} // namespace credit::model
