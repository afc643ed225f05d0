#pragma once

#include "drift/PredictionRecord.h"

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <mutex>

namespace credit::drift {

struct PredictionLogOptions {
    // Rotate before a line would take the file past this size. One line is ~200 bytes, so the
    // default holds about 50,000 predictions per file.
    std::size_t maxBytes = 10 * 1024 * 1024;
    // Rotated files kept beside the live one: log.jsonl.1 (newest) ... log.jsonl.N (oldest).
    int keepFiles = 5;
    // Personal data stays out of the log unless the deployment explicitly allows it.
    bool includeClientId = false;
    bool includeRawInputs = false;
};

// Appends one JSON line per prediction to a file, rotating it by size. Safe to call from several
// threads (the API server scores concurrently): each line is written whole under a mutex and
// flushed, so a crash loses at most the line being written.
class PredictionLogWriter {
public:
    // Opens (creating folders and the file if needed) for appending. Throws data::DataError
    // naming the file when it cannot be opened.
    explicit PredictionLogWriter(std::filesystem::path file, PredictionLogOptions options = {});

    void append(PredictionRecord record);

    const std::filesystem::path& file() const { return file_; }
    const PredictionLogOptions& options() const { return options_; }

private:
    void open();
    void rotate();

    std::filesystem::path file_;
    PredictionLogOptions options_;
    std::mutex mutex_;
    std::ofstream stream_;
    std::size_t bytesInFile_ = 0;
};

// The path of the n-th rotated file: "log.jsonl" -> "log.jsonl.<n>".
std::filesystem::path rotatedLogFile(const std::filesystem::path& file, int n);

} // namespace credit::drift
