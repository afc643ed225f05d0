#pragma once

#include "synth/PortfolioGenerator.h"
#include "training/TrainingPipeline.h"

#include <QString>

#include <filesystem>

namespace credit::testing {

// A small synthetic portfolio and a model trained on it, made in the test's temporary folder
// (committed tests never use the demo artifacts): 1,200 applicants, 2 folds, 40 rounds, a few
// seconds on two cores.
struct TrainedModelFixture {
    std::filesystem::path dataFolder;
    std::filesystem::path bundle;

    static TrainedModelFixture create(const QString& folder)
    {
        TrainedModelFixture fixture;
        const std::filesystem::path root(folder.toStdString());
        fixture.dataFolder = root / "data";
        fixture.bundle = root / "model.csbundle";
        synth::PortfolioOptions portfolio;
        portfolio.applicants = 1200;
        portfolio.seed = 7;
        portfolio.testShare = 0.0;
        synth::generatePortfolio(fixture.dataFolder, portfolio);
        training::TrainingOptions options;
        options.folds = 2;
        options.maxRounds = 40;
        options.compareClassWeighting = false;
        training::trainModel(fixture.dataFolder, fixture.bundle, std::nullopt, options);
        return fixture;
    }
};

} // namespace credit::testing
