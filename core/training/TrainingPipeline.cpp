#include "training/TrainingPipeline.h"

#include "data/DataError.h"
#include "data/HomeCreditDataset.h"
#include "fairness/FairnessReportHtml.h"
#include "fairness/FairnessReportJson.h"
#include "features/DatasetTables.h"
#include "features/FeaturePipeline.h"
#include "model/CrossValidationTrainer.h"
#include "population/ReferenceStatistics.h"

#include <chrono>
#include <cmath>

namespace credit::training {

namespace {

std::vector<float> labelsOf(const data::HomeCreditDataset& dataset)
{
    if (!dataset.hasTarget())
        throw data::DataError(
            "application_train.csv has no TARGET column: training needs known outcomes");
    const auto& target = dataset.applications.column("TARGET");
    std::vector<float> labels(target.size());
    std::size_t positives = 0;
    for (std::size_t row = 0; row < labels.size(); ++row) {
        const double value = target.number(row);
        if (std::isnan(value) || (value != 0.0 && value != 1.0))
            throw data::DataError(
                "application_train.csv: TARGET must be 0 or 1 on every row; row " +
                std::to_string(row + 2) + " has another value");
        labels[row] = static_cast<float>(value);
        positives += value == 1.0;
    }
    if (positives == 0 || positives == labels.size())
        throw data::DataError("application_train.csv: TARGET needs both outcomes to train a model");
    return labels;
}

// What the run must say about its policy: defaults let back in, and excluded columns that no
// table of the data has. A column the user named that exists nowhere is a typo: refused.
std::vector<std::string> policyWarnings(const features::FeaturePolicy& policy,
                                        const data::HomeCreditDataset& dataset)
{
    std::vector<std::string> warnings;
    for (const auto& column : policy.allowedDefaults)
        warnings.push_back("the default feature policy excludes " + column +
                           ", but this run lets it back into the model (--allow-attribute): "
                           "check that a refusal may lawfully rest on it");
    const auto defaults = features::FeaturePolicy::defaults();
    for (const auto& column : policy.excludedColumns()) {
        bool present = false;
        for (const auto& [name, table] : features::specTables(dataset))
            present = present || (table != nullptr && table->hasColumn(column));
        if (present)
            continue;
        if (!defaults.excludes(column))
            throw data::DataError("excluded attribute " + column +
                                  " is a column of no table in the data folder (misspelt?)");
        warnings.push_back("excluded attribute " + column + " is absent from the data");
    }
    return warnings;
}

} // namespace

TrainingOutcome trainModel(const std::filesystem::path& dataFolder,
                           const std::filesystem::path& bundleOut,
                           const std::optional<std::filesystem::path>& runsRoot,
                           const TrainingOptions& options)
{
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
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
    auto warnings = policyWarnings(options.policy, dataset);
    const auto spec = features::FeaturePipeline::fit(dataset, options.policy);
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

    auto bundle =
        model::assembleBundle(std::move(result), matrix, labels, spec.toJson(), options.costs);
    bundle.featurePolicy = options.policy.toJson();

    std::optional<fairness::FairnessReport> fairnessReport;
    double fairnessSeconds = 0.0;
    if (options.analyseFairness) {
        report("fairness", 0, 1);
        const auto fairnessStarted = Clock::now();
        fairnessReport = fairness::analyseFairness(
            dataset.applications, labels, oofProbabilities, bundle.threshold, "out-of-fold",
            &matrix, options.policy.excludedColumns(), options.fairness);
        fairnessSeconds = std::chrono::duration<double>(Clock::now() - fairnessStarted).count();
        bundle.metrics["fairness"] = fairness::toJson(*fairnessReport);
        report("fairness", 1, 1);
    }

    report("bundle", 0, 1);
    bundle.referenceStatistics =
        population::ReferenceStatistics::build(dataset.applications, &matrix).toJson();
    bundle.save(bundleOut);
    report("bundle", 1, 1);

    TrainingOutcome outcome{std::move(bundle), warnings, 0.0, fairnessSeconds, std::nullopt};
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
                             {"costs",
                              {{"false_negative", options.costs.falseNegativeCost},
                               {"false_positive", options.costs.falsePositiveCost}}},
                             {"xgboost", parametersJson},
                             {"feature_policy", options.policy.toJson()},
                             {"warnings", warnings}};
        inputs.labels = labels;
        inputs.oofProbabilities = oofProbabilities;
        inputs.note = options.note;
        inputs.warnings = warnings;
        if (fairnessReport)
            inputs.reportSections.push_back(fairness::renderFairnessSection(*fairnessReport));
        outcome.run = model::recordRun(*runsRoot, outcome.bundle, inputs);
    }
    outcome.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return outcome;
}

} // namespace credit::training
