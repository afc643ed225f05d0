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
namespace {

// What a run keeps of the float feature matrix and the application table: everything that
// reads them but not the model, so both can be released before cross-validation
// (docs/performance.md, "Training at full size", step 4).
struct KeptBeforeTraining {
    model::TrainingFingerprint fingerprint;
    features::FeatureValues importanceRows; // the rows global importance reads
    nlohmann::json referenceStatistics;
    std::vector<fairness::ProxyCheck> proxies; // how well the features give back each excluded
                                               // attribute
    std::vector<fairness::Grouping> groupings; // who is in which group, for the group measures
    double proxySeconds = 0.0;
};

KeptBeforeTraining keepBeforeTraining(const TrainingData& prepared, const TrainingOptions& options,
                                      const StageProgress& report)
{
    const auto& matrix = prepared.matrix;
    const auto& applications = prepared.dataset.applications;
    KeptBeforeTraining kept;
    kept.fingerprint = model::fingerprintOf(matrix.values, prepared.labels);
    kept.importanceRows =
        model::selectRows(matrix.values, model::importanceSampleRows(matrix.rows()));
    report("reference statistics", 0, 1);
    kept.referenceStatistics =
        population::ReferenceStatistics::build(applications, &matrix).toJson();
    report("reference statistics", 1, 1);
    if (!options.analyseFairness)
        return kept;
    const auto excludedColumns = options.policy.excludedColumns();
    if (options.fairness.checkProxies && !excludedColumns.empty()) {
        report("proxy check", 0, 1);
        const auto started = std::chrono::steady_clock::now();
        kept.proxies = fairness::checkProxies(matrix.values, matrix.featureNames, applications,
                                              excludedColumns, options.fairness.proxies);
        kept.proxySeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        report("proxy check", 1, 1);
    }
    kept.groupings = fairness::protectedGroupings(applications);
    return kept;
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

    auto prepared = prepareTrainingData(dataFolder, options.policy, options.families, report);
    const auto& labels = prepared.labels;
    const auto& spec = prepared.spec;
    auto& matrix = prepared.matrix;
    auto warnings = prepared.warnings;

    // At full size the float matrix and the application table are 0.76 GB and about 0.3 GB:
    // what the run needs of them is taken first, and both go before the long training.
    auto kept = keepBeforeTraining(prepared, options, report);
    prepared.dataset.applications = data::Table();

    model::CrossValidationOptions cv;
    if (options.parameters)
        cv.parameters = *options.parameters;
    cv.costs = options.costs;
    const auto folds = chooseFoldCount(options.folds, labels.size());
    cv.folds = folds.folds;
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

    auto bundle = model::assembleBundle(std::move(result), matrix.featureNames, kept.fingerprint,
                                        kept.importanceRows, spec.toJson(), options.costs);
    bundle.featurePolicy = options.policy.toJson();
    // The spec in the bundle already lists only the families' columns, so scoring computes
    // exactly these; the selection itself is kept to say why.
    bundle.metrics["feature_families"] = options.families.toJson();
    bundle.metrics["round_selection"] = model::roundSelectionName(options.roundSelection);
    bundle.metrics["folds"] = {{"count", folds.folds}, {"reason", folds.reason}};

    std::optional<fairness::FairnessReport> fairnessReport;
    double fairnessSeconds = kept.proxySeconds;
    if (options.analyseFairness) {
        report("fairness", 0, 1);
        const auto fairnessStarted = Clock::now();
        fairnessReport = fairness::analyseFairness(
            kept.groupings, labels, oofProbabilities, bundle.threshold, "out-of-fold",
            options.policy.excludedColumns(), options.fairness);
        fairnessReport->proxies = std::move(kept.proxies);
        fairnessSeconds += std::chrono::duration<double>(Clock::now() - fairnessStarted).count();
        bundle.metrics["fairness"] = fairness::toJson(*fairnessReport);
        report("fairness", 1, 1);
    }

    report("bundle", 0, 1);
    bundle.referenceStatistics = std::move(kept.referenceStatistics);
    bundle.save(bundleOut);
    report("bundle", 1, 1);

    TrainingOutcome outcome{std::move(bundle), warnings, 0.0, fairnessSeconds, std::nullopt};
    if (runsRoot) {
        model::RunInputs inputs;
        inputs.parameters = {{"data", dataFolder.string()},
                             {"folds", folds.folds},
                             {"folds_reason", folds.reason},
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
