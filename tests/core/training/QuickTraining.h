#pragma once

#include "synth/PortfolioGenerator.h"
#include "training/TrainingPipeline.h"

#include <filesystem>
#include <string>
#include <unistd.h>

namespace credit::testing {

// A labelled synthetic portfolio (all eight tables, no test applicants) in `folder`/data, a
// temporary folder named after the test and the process, removed with the object.
struct TemporaryPortfolio {
    std::filesystem::path folder;
    TemporaryPortfolio(const std::string& name, std::size_t applicants)
        : folder(std::filesystem::temp_directory_path() /
                 ("credit-" + name + "-" + std::to_string(::getpid())))
    {
        std::filesystem::remove_all(folder);
        synth::PortfolioOptions options;
        options.applicants = applicants;
        options.testShare = 0.0;
        synth::generatePortfolio(folder / "data", options);
    }
    ~TemporaryPortfolio() { std::filesystem::remove_all(folder); }
    TemporaryPortfolio(const TemporaryPortfolio&) = delete;
    TemporaryPortfolio& operator=(const TemporaryPortfolio&) = delete;
};

// A whole training run kept to a few seconds: 2 folds, at most 40 rounds, one weighting variant.
inline training::TrainingOptions quickTrainingOptions()
{
    training::TrainingOptions options;
    options.folds = 2;
    options.maxRounds = 40;
    options.earlyStoppingPatience = 10;
    options.minimumRounds = 10;
    options.compareClassWeighting = false;
    return options;
}

} // namespace credit::testing
