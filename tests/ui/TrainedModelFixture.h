#pragma once

#include "synth/PortfolioGenerator.h"
#include "training/TrainingPipeline.h"

#include <QString>

#include <filesystem>

namespace credit::testing {

// A small synthetic portfolio and a model trained on it, made in the test's temporary folder
// (committed tests never use the demo artifacts): by default 1,200 applicants, 2 folds, 40
// rounds, a few seconds on two cores. Tests that need the model to have learned more (the
// counterfactual search needs the amounts to matter) ask for more applicants.
struct TrainedModelFixture {
    std::filesystem::path dataFolder;
    std::filesystem::path bundle;

    static TrainedModelFixture create(const QString& folder, std::size_t applicants = 1200,
                                      int rounds = 40)
    {
        TrainedModelFixture fixture;
        const std::filesystem::path root(folder.toStdString());
        fixture.dataFolder = root / "data";
        fixture.bundle = root / "model.csbundle";
        synth::PortfolioOptions portfolio;
        portfolio.applicants = applicants;
        portfolio.seed = 7;
        portfolio.testShare = 0.0;
        synth::generatePortfolio(fixture.dataFolder, portfolio);
        training::TrainingOptions options;
        options.folds = 2;
        options.maxRounds = rounds;
        options.compareClassWeighting = false;
        training::trainModel(fixture.dataFolder, fixture.bundle, std::nullopt, options);
        return fixture;
    }
};

} // namespace credit::testing
