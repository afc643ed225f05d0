// credit-scoring synth: writes a synthetic Home Credit portfolio (the eight Kaggle files).
#include "CommandLine.h"
#include "TerminalProgressBar.h"
#include "synth/PortfolioGenerator.h"

#include <iostream>
#include <thread>

namespace credit::cli {

int runSynth(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"applicants", "seed", "out", "test-share", "threads"}, {});
    synth::PortfolioOptions options;
    const long long applicants = line.integer("applicants", 20000);
    if (applicants <= 0)
        throw UsageError("option --applicants must be positive, got " + std::to_string(applicants));
    options.applicants = static_cast<std::size_t>(applicants);
    options.seed = static_cast<std::uint64_t>(line.integer("seed", 42));
    options.testShare = line.number("test-share", 0.1);
    if (options.testShare < 0.0 || options.testShare > 1.0)
        throw UsageError("option --test-share must be between 0 and 1");
    const long long threads =
        line.integer("threads", std::max(1u, std::thread::hardware_concurrency()));
    if (threads <= 0)
        throw UsageError("option --threads must be positive");
    options.threads = static_cast<unsigned>(threads);
    const std::string folder = line.required("out");

    TerminalProgressBar bar("synth");
    options.progress = [&](std::size_t done, std::size_t total) { bar.update(done, total); };
    const auto summary = synth::generatePortfolio(folder, options);
    bar.finish();
    std::size_t totalBytes = 0;
    for (const auto table : data::kAllTables) {
        std::cout << data::fileName(table) << ": " << summary.rowsOf(table) << " rows\n";
        totalBytes += summary.bytes[static_cast<std::size_t>(table)];
    }
    std::cout << "Synthetic demonstration data written to " << folder << " (" << totalBytes
              << " bytes)\n";
    return 0;
}

} // namespace credit::cli
