#include "training/TrainingPipeline.h"

#include "data/DataError.h"
#include "data/HomeCreditDataset.h"
#include "features/FeaturePipeline.h"
#include "model/CrossValidationTrainer.h"
#include "population/ReferenceStatistics.h"

#include <cmath>

namespace credit::training {

namespace {

std::vector<float> labelsOf(const data::HomeCreditDataset& dataset)
{
    if (!dataset.hasTarget())
        throw data::DataError("application_train.csv has no TARGET column: training needs known outcomes");
    const auto& target = dataset.applications.column("TARGET");
    std::vector<float> labels(target.size());
    std::size_t positives = 0;
    for (std::size_t row = 0; row < labels.size(); ++row) {
        const double value = target.number(row);
        if (std::isnan(value) || (value != 0.0 && value != 1.0))
            throw data::DataError("application_train.csv: TARGET must be 0 or 1 on every row; row "
                                  + std::to_string(row + 2) + " has another value");
        labels[row] = static_cast<float>(value);
        positives += value == 1.0;
    }
    if (positives == 0 || positives == labels.size())
        throw data::DataError("application_train.csv: TARGET needs both outcomes to train a model");
    return labels;
}

} // namespace

TrainingOutcome trainModel(const std::filesystem::path& dataFolder, const std::filesystem::path& bundleOut,
                           const std::optional<std::filesystem::path>& runsRoot, const TrainingOptions& options)
{
    auto report = [&](const std::string& stage, std::size_t done, std::size_t total) {
        if (options.progress)
            options.progress(stage, done, total);
    };

    data::LoadOptions loadOptions;
    loadOptions.progress = [&](data::TableId, std::size_t done, std::size_t total) {
        report("load", done, total);
        return true;
    };
    const auto dataset = data::HomeCreditDataset::load(dataFolder, loadOptions);
    dataset.requireUniqueApplicants(); // a duplicated client would count twice in every fold
    const auto labels = labelsOf(dataset);

    report("features", 0, 1);
    const auto spec = features::FeaturePipeline::fit(dataset);
    const auto matrix = features::FeaturePipeline::transform(dataset, spec);
    report("features", 1, 1);

    model::CrossValidationOptions cv;
    if (options.parameters)
        cv.parameters = *options.parameters;
    cv.costs = options.costs;
    cv.folds = options.folds;
    cv.seed = options.seed;
    cv.maxRounds = options.maxRounds;
    cv.earlyStoppingPatience = options.earlyStoppingPatience;
    cv.minimumRounds = options.minimumRounds;
    cv.compareClassWeighting = options.compareClassWeighting;
    cv.baggingMembers = options.baggingMembers;
    cv.parallelJobs = options.parallelJobs;
    // Folds train concurrently: the steps count finished trainings (rounds for the final
    // model), which only grow, rather than whichever fold reported last.
    cv.progress = [&](const model::TrainingProgress& progress) {
        report(progress.fold < progress.folds ? "cross-validation" : "final model",
               progress.stepsDone, std::max<std::size_t>(1, progress.stepsTotal));
    };
    auto result = model::CrossValidationTrainer(cv).train(matrix.values, labels);
    const auto oofProbabilities = result.chosen().oofProbabilities;
    const auto parametersJson = result.finalParameters.toJson();

    report("bundle", 0, 1);
    auto bundle = model::assembleBundle(std::move(result), matrix, labels, spec.toJson(), options.costs);
    bundle.referenceStatistics = population::ReferenceStatistics::build(dataset.applications, &matrix).toJson();
    bundle.save(bundleOut);
    report("bundle", 1, 1);

    TrainingOutcome outcome{std::move(bundle), std::nullopt};
    if (runsRoot) {
        model::RunInputs inputs;
        inputs.parameters = {{"data", dataFolder.string()},
                             {"folds", options.folds},
                             {"seed", options.seed},
                             {"max_rounds", options.maxRounds},
                             {"early_stopping_patience", options.earlyStoppingPatience},
                             {"minimum_rounds", options.minimumRounds},
                             {"compare_class_weighting", options.compareClassWeighting},
                             {"bagging_members", options.baggingMembers},
                             {"costs", {{"false_negative", options.costs.falseNegativeCost},
                                        {"false_positive", options.costs.falsePositiveCost}}},
                             {"xgboost", parametersJson}};
        inputs.labels = labels;
        inputs.oofProbabilities = oofProbabilities;
        inputs.note = options.note;
        outcome.run = model::recordRun(*runsRoot, outcome.bundle, inputs);
    }
    return outcome;
}

} // namespace credit::training
