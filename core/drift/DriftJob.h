#pragma once

#include "data/Table.h"
#include "drift/DriftReport.h"
#include "drift/DriftThresholds.h"
#include "drift/ReferenceProfile.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace credit::drift {

// What a path given to `credit-scoring drift` holds, decided from the file system and the name.
enum class DriftSourceKind {
    HomeCreditFile,   // an application_train/test CSV
    HomeCreditFolder, // a Kaggle-layout folder: its application file is used
    PredictionLog,    // a .jsonl prediction log (a file, a rotated file, or a folder of logs)
    ProfileJson,      // a ReferenceProfile saved as .json (e.g. from a model bundle)
};

// Throws data::DataError naming the path when it does not exist or is none of the kinds.
DriftSourceKind classifyDriftSource(const std::filesystem::path& path);

// Loads an application table from a CSV file (schema chosen from the file name: *test* ->
// application_test, otherwise application_train) or from a folder (application_train.csv first
// when `preferTest` is false, application_test.csv first when true, the other as fallback).
data::Table loadApplicationTable(const std::filesystem::path& fileOrFolder, bool preferTest);

struct DriftRequest {
    std::filesystem::path reference; // file, folder, profile .json, or log (scores only)
    std::filesystem::path current;   // file, folder, or log (scores only)
    std::optional<std::filesystem::path> referenceScores; // log of reference scores
    std::optional<std::filesystem::path> currentScores;   // log of current scores
    DriftThresholds thresholds;
};

struct DriftJobResult {
    DriftReport report;
    // The reference side as used (without row-level values once saved), for --save-profile.
    std::optional<ReferenceProfile> referenceProfile;
};

// Loads both sides, compares features when both are tables (or profile vs table), and scores
// when both sides have them. Throws data::DataError with the path for unreadable inputs and
// std::invalid_argument when the combination has nothing to compare (e.g. a log as current data
// with no reference scores).
DriftJobResult runDriftJob(const DriftRequest& request);

} // namespace credit::drift
