#include "TrainedModel.h"

#include "data/ClientRecordJson.h"
#include "synth/PortfolioGenerator.h"
#include "training/TrainingPipeline.h"

#include <QTemporaryDir>

#include <memory>
#include <nlohmann/json.hpp>

namespace credit::testing {

namespace {

TrainedModel train()
{
    static QTemporaryDir directory; // lives until the executable exits
    TrainedModel model;
    model.folder = directory.path().toStdString();
    model.dataFolder = model.folder / "portfolio";
    model.bundle = model.folder / "model.csbundle";
    synth::PortfolioOptions portfolio;
    portfolio.applicants = 2000;
    portfolio.seed = 7;
    synth::generatePortfolio(model.dataFolder, portfolio);
    training::TrainingOptions options;
    options.folds = 2;
    options.maxRounds = 60;
    options.compareClassWeighting = false;
    training::trainModel(model.dataFolder, model.bundle, std::nullopt, options);
    model.portfolio = data::HomeCreditDataset::load(model.dataFolder);
    return model;
}

} // namespace

const TrainedModel& trainedModel()
{
    static const TrainedModel model = train();
    return model;
}

std::string applicationBody(std::size_t row)
{
    return data::clientRecordToJson(trainedModel().portfolio, row).dump();
}

} // namespace credit::testing
