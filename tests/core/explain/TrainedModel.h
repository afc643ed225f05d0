#pragma once

// A small model trained in test setup, with the dataset it was trained on, shared by the
// explanation tests (training once per executable keeps each test executable fast).
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "synth/PortfolioGenerator.h"
#include "training/TrainingPipeline.h"

#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

namespace credit::explain::testing {

struct TrainedModel {
    std::filesystem::path folder; // scratch folder holding the bundle (and the data if synthetic)
    data::HomeCreditDataset dataset;
    std::shared_ptr<const ExplanationEngine> engine;

    TrainedModel(const TrainedModel&) = delete;
    TrainedModel& operator=(const TrainedModel&) = delete;
    TrainedModel(std::filesystem::path scratch, const std::filesystem::path& dataFolder,
                 int maxRounds)
        : folder(std::move(scratch))
    {
        training::TrainingOptions options;
        options.folds = 2;
        options.maxRounds = maxRounds;
        options.earlyStoppingPatience = 20;
        options.compareClassWeighting = false;
        // Every family, whatever the project's defaults: the explanation tests cover the
        // groups of every engineered feature (EXT_SOURCES among them).
        options.families = features::FeatureFamilySelection::all();
        const auto bundle = folder / "model.csbundle";
        training::trainModel(dataFolder, bundle, std::nullopt, options);
        dataset = data::HomeCreditDataset::load(dataFolder);
        engine = ExplanationEngine::open(bundle);
    }
};

// Removes a scratch folder at exit. The trained models themselves are deliberately never
// destroyed: their boosters would be freed after XGBoost's own static state at process exit
// (crashing the test executable once every test has passed).
struct ScratchCleanup {
    std::filesystem::path folder;
    ~ScratchCleanup() { std::filesystem::remove_all(folder); }
};

inline std::filesystem::path scratchFolder(const std::string& name)
{
    auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
    return path;
}

// 2,000 synthetic applicants (every one in application_train, so every history row is linked).
inline const TrainedModel& syntheticModel()
{
    static const auto* model = [] {
        auto folder = scratchFolder("credit-explain-synthetic");
        synth::PortfolioOptions options;
        options.applicants = 2000;
        options.testShare = 0.0;
        synth::generatePortfolio(folder / "data", options);
        static const ScratchCleanup cleanup{folder};
        return std::make_unique<TrainedModel>(folder, folder / "data", 60).release();
    }();
    return *model;
}

} // namespace credit::explain::testing
