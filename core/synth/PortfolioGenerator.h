#pragma once

#include "data/TableId.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>

namespace credit::synth {

struct PortfolioOptions {
    std::size_t applicants = 20000;
    std::uint64_t seed = 42;
    double testShare = 0.1;       // share of applicants written to application_test.csv (no TARGET)
    unsigned threads = 2;         // worker threads; the output does not depend on it
    std::size_t chunkSize = 1024; // applicants per chunk of work
    // Called from the writing thread after each chunk: applicants done, applicants total.
    std::function<void(std::size_t done, std::size_t total)> progress;
};

struct PortfolioSummary {
    std::array<std::size_t, 8> rows{};  // data rows per file, indexed by TableId
    std::array<std::size_t, 8> bytes{}; // bytes per file including the header
    std::size_t rowsOf(data::TableId table) const { return rows[static_cast<std::size_t>(table)]; }
};

// Writes a synthetic Home Credit portfolio (the eight Kaggle files) into `folder`, creating it.
// Same seed and applicant count give the same bytes whatever the thread count: every applicant
// draws from its own random streams derived from (seed, applicant index), chunks are generated on
// worker threads and written in order, so memory stays bounded whatever the size.
// Throws std::runtime_error naming the file when it cannot be written.
PortfolioSummary generatePortfolio(const std::filesystem::path& folder,
                                   const PortfolioOptions& options);

} // namespace credit::synth
