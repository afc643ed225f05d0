#pragma once

#include "drift/PredictionRecord.h"

#include <filesystem>
#include <vector>

namespace credit::drift {

// Reads prediction logs written by PredictionLogWriter.
// - a file "log.jsonl": its rotated predecessors (log.jsonl.N ... log.jsonl.1, oldest first)
//   then the file itself, so records come back in the order they were written;
// - a folder: every "*.jsonl" file in it (by name) with its rotated files.
// Blank lines are skipped. Throws data::DataError naming the file and line of a malformed record.
std::vector<PredictionRecord> readPredictionLog(const std::filesystem::path& fileOrFolder);

// Only the probabilities, for the score-distribution comparison.
std::vector<double> readLoggedProbabilities(const std::filesystem::path& fileOrFolder);

// True when the path looks like a prediction log (".jsonl", a rotated ".jsonl.N").
bool isPredictionLogPath(const std::filesystem::path& path);

} // namespace credit::drift
