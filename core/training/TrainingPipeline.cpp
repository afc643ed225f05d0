#include "training/TrainingPipeline.h"

#include "common/FreeMemory.h"
#include "data/DataError.h"
#include "data/HomeCreditDataset.h"
#include "data/Table.h"
#include "fairness/FairnessReportHtml.h"
#include "fairness/FairnessReportJson.h"
#include "fairness/ProtectedGroups.h"
#include "features/DatasetTables.h"
#include "features/FeaturePipeline.h"
#include "model/CrossValidationTrainer.h"
#include "population/ReferenceStatistics.h"
#include "training/SelectionReportHtml.h"
#include "training/TrainingData.h"

#include <chrono>
#include <cmath>

namespace credit::training {

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

    auto prepared = prepareTrainingData(dataFolder, options.policy, options.families, report);
    auto& dataset = prepared.dataset;
    const auto& labels = prepared.labels;
    const auto& spec = prepared.spec;
    auto& matrix = prepared.matrix;
    auto warnings = prepared.warnings;

    // Everything that reads the float feature matrix or the application table but not the model
    // comes first, so both can go before the long training: at full size they are 0.76 GB and
    // about 0.3 GB (docs/performance.md, "Training at full size").
    const auto fingerprint = model::fingerprintOf(matrix.values, labels);
    const auto importanceRows = model::selectRows(
        matrix.values, model::importanceSampleRows(static_cast<std::size_t>(matrix.rows())));
    report("reference statistics", 0, 1);
    auto referenceStatistics =
        population::ReferenceStatistics::build(dataset.applications, &matrix).toJson();
    report("reference statistics", 1, 1);
    // The proxy check reads the features only (how well they give back each excluded
    // attribute), not the model.
    std::vector<fairness::ProxyCheck> proxies;
    double fairnessSeconds = 0.0;
    const auto excludedColumns = options.policy.excludedColumns();
    if (options.analyseFairness && options.fairness.checkProxies && !excludedColumns.empty()) {
        report("proxy check", 0, 1);
        const auto proxiesStarted = Clock::now();
        proxies = fairness::checkProxies(matrix.values, matrix.featureNames, dataset.applications,
                                         excludedColumns, options.fairness.proxies);
        fairnessSeconds = std::chrono::duration<double>(Clock::now() - proxiesStarted).count();
        report("proxy check", 1, 1);
    }
    // Who is in which group is all the group measures need of the table after training.
    const auto groupings = options.analyseFairness
                               ? fairness::protectedGroupings(dataset.applications)
                               : std::vector<fairness::Grouping>{};
    dataset.applications = data::Table();

    model::CrossValidationOptions cv;
    if (options.parameters)
        cv.parameters = *options.parameters;
    cv.costs = options.costs;
    cv.folds = options.folds;
    cv.seed = options.seed;
    cv.maxRounds = options.maxRounds;
    cv.earlyStoppingPatience = options.earlyStoppingPatience;
    cv.minimumRounds = options.minimumRounds;

    cv.roundSelection = options.roundSelection;
    cv.compareClassWeighting = options.compareClassWeighting;
    cv.baggingMembers = options.baggingMembers;
    cv.parallelJobs = options.parallelJobs;
    // Folds train concurrently: the steps count finished trainings (rounds for the final
    // model), which only grow, rather than whichever fold reported last.
    cv.progress = [&](const model::TrainingProgress& progress) {
        report(progress.fold < progress.folds ? "cross-validation" : "final model",
               progress.stepsDone, std::max<std::size_t>(1, progress.stepsTotal));
    };
    const model::CrossValidationTrainer trainer(cv);
    report("quantised matrix", 0, 1);
    auto shared = trainer.sharedMatrix(matrix.values);
    matrix.values = features::FeatureValues();
    common::releaseFreeMemory();
    report("quantised matrix", 1, 1);
    auto result = trainer.train(std::move(shared), labels);
    const auto oofProbabilities = result.chosen().oofProbabilities;
    const auto parametersJson = result.finalParameters.toJson();

    auto bundle = model::assembleBundle(std::move(result), matrix.featureNames, fingerprint,
                                        importanceRows, spec.toJson(), options.costs);
    bundle.featurePolicy = options.policy.toJson();
    // The spec in the bundle already lists only the families' columns, so scoring computes
    // exactly these; the selection itself is kept to say why.
    bundle.metrics["feature_families"] = options.families.toJson();
    bundle.metrics["round_selection"] = model::roundSelectionName(options.roundSelection);

    std::optional<fairness::FairnessReport> fairnessReport;
    if (options.analyseFairness) {
        report("fairness", 0, 1);
        const auto fairnessStarted = Clock::now();
        fairnessReport =
            fairness::analyseFairness(groupings, labels, oofProbabilities, bundle.threshold,
                                      "out-of-fold", excludedColumns, options.fairness);
        fairnessReport->proxies = std::move(proxies);
        fairnessSeconds += std::chrono::duration<double>(Clock::now() - fairnessStarted).count();
        bundle.metrics["fairness"] = fairness::toJson(*fairnessReport);
        report("fairness", 1, 1);
    }

    report("bundle", 0, 1);
    bundle.referenceStatistics = std::move(referenceStatistics);
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
                             {"feature_families", options.families.toJson()},
                             {"round_selection", model::roundSelectionName(options.roundSelection)},
                             {"selection", options.selectionEvidence},
                             {"warnings", warnings}};
        inputs.labels = labels;
        inputs.oofProbabilities = oofProbabilities;
        inputs.note = options.note;
        inputs.warnings = warnings;
        inputs.reportSections.push_back(renderSelectionSection(
            options.families, options.roundSelection, options.selectionEvidence));
        if (fairnessReport)
            inputs.reportSections.push_back(fairness::renderFairnessSection(*fairnessReport));
        outcome.run = model::recordRun(*runsRoot, outcome.bundle, inputs);
    }
    outcome.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return outcome;
}

} // namespace credit::training
