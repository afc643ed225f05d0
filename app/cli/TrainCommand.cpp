// credit-scoring train / runs: the data team's training run and the list of past runs.
#include "CommandLine.h"
#include "PolicyOptions.h"
#include "StageProgressBars.h"
#include "StoppingOptions.h"
#include "model/RunRecord.h"
#include "training/TrainingParametersFile.h"
#include "training/TrainingPipeline.h"

#include <iomanip>
#include <iostream>

namespace credit::cli {

int runTrain(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments,
                           {"data", "out", "folds", "params", "runs", "seed", "fn-cost", "fp-cost",
                            "note", "max-rounds", "patience", "min-rounds", "bagging", "jobs",
                            "round-selection", "exclude-attribute", "allow-attribute"},
                           {"no-weighting-comparison"});
    training::TrainingOptions options;
    options.folds = static_cast<int>(line.integer("folds", 0));
    if (line.value("folds") && (options.folds < 2 || options.folds > 20))
        throw UsageError("option --folds must be between 2 and 20");
    options.seed = static_cast<std::uint64_t>(line.integer("seed", 42));
    options.costs.falseNegativeCost = line.number("fn-cost", 10.0);
    options.costs.falsePositiveCost = line.number("fp-cost", 1.0);
    if (options.costs.falseNegativeCost <= 0 || options.costs.falsePositiveCost <= 0)
        throw UsageError("costs must be positive");
    const auto stopping = stoppingFromOptions(line);
    options.maxRounds = stopping.maxRounds;
    options.earlyStoppingPatience = stopping.patience;
    options.minimumRounds = stopping.minimumRounds;
    options.compareClassWeighting = !line.flag("no-weighting-comparison");
    options.baggingMembers = static_cast<int>(line.integer("bagging", 1));
    if (options.baggingMembers < 1 || options.baggingMembers > 20)
        throw UsageError("option --bagging must be between 1 and 20");
    options.parallelJobs = static_cast<int>(line.integer("jobs", 0));
    if (options.parallelJobs < 0)
        throw UsageError("option --jobs must be 0 (all hardware threads) or more");
    options.note = line.valueOr("note", "");
    if (const auto params = line.value("params")) {
        // XGBoost's parameters, and the families, round selection and evidence that
        // `credit-scoring select` writes beside them.
        const auto file = training::TrainingParametersFile::fromFile(*params);
        options.parameters = file.xgboost;
        if (file.families)
            options.families = *file.families;
        if (file.roundSelection)
            options.roundSelection = *file.roundSelection;
        options.selectionEvidence = file.selection;
    }
    if (const auto method = line.value("round-selection")) {
        const auto parsed = model::roundSelectionFromName(*method);
        if (!parsed)
            throw UsageError("option --round-selection must be per_fold or mean_curve, not " +
                             *method);
        options.roundSelection = *parsed;
    }
    options.policy = policyFromOptions(line);
    const std::string data = line.required("data");
    const std::string out = line.required("out");
    line.refuseOutputsOverInputs({"out"}, {"data", "params"});
    std::optional<std::filesystem::path> runs;
    if (const auto folder = line.value("runs"))
        runs = *folder;

    // One bar per stage, replaced when the stage changes.
    StageProgressBars bars;
    options.progress = [&](const std::string& stage, std::size_t done, std::size_t total) {
        bars.update(stage, done, total);
    };
    const auto outcome = training::trainModel(data, out, runs, options);
    bars.finish();

    for (const auto& warning : outcome.warnings)
        std::cerr << "credit-scoring train: warning: " << warning << '\n';

    const auto& metrics = outcome.bundle.metrics;
    std::cout << std::fixed << std::setprecision(4) << "Model bundle written to " << out << '\n'
              << "Chosen imbalance handling: " << metrics.value("chosen_variant", std::string("?"))
              << '\n'
              << "Decision threshold (minimises out-of-fold cost, FN "
              << options.costs.falseNegativeCost << " : FP " << options.costs.falsePositiveCost
              << "): " << outcome.bundle.threshold << '\n'
              << "Feature policy, columns kept out of the model: "
              << excludedColumnsText(options.policy) << '\n'
              << "Feature families switched off: " << options.families.disabledText()
              << "; rounds chosen " << model::roundSelectionName(options.roundSelection) << '\n';
    if (const auto chosen = metrics.find("chosen"); chosen != metrics.end()) {
        std::cout << "Cross-validated ROC AUC: " << chosen->value("mean_fold_auc", 0.0) << " (sd "
                  << chosen->value("std_fold_auc", 0.0) << "), out-of-fold AUC "
                  << chosen->value("oof_auc", 0.0) << ", PR AUC "
                  << chosen->value("oof_average_precision", 0.0) << ", Brier "
                  << chosen->value("oof_brier", 0.0) << ", KS " << chosen->value("oof_ks", 0.0)
                  << '\n'
                  << "At the threshold: recall " << chosen->value("oof_recall", 0.0)
                  << ", precision " << chosen->value("oof_precision", 0.0) << ", cost per client "
                  << chosen->value("oof_cost_per_client", 0.0) << '\n'
                  << "Calibration: "
                  << (outcome.bundle.calibration.isIdentity()
                          ? std::string("none")
                          : "Platt, " + outcome.bundle.calibration.formula())
                  << " (" << chosen->value("calibration_reason", std::string("?"))
                  << "); out-of-fold ECE " << chosen->value("oof_ece_uncalibrated", 0.0)
                  << " before, " << chosen->value("oof_ece", 0.0) << " as shown\n";
    }
    std::cout << std::setprecision(2) << "Run time " << outcome.seconds
              << " s, of which the fairness analysis " << outcome.fairnessSeconds << " s\n";
    if (outcome.run)
        std::cout << "Run recorded: " << (*runs / outcome.run->folder).string()
                  << " (report.html)\n";
    return 0;
}

int runRuns(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"runs"}, {});
    const auto runs = model::listRuns(line.valueOr("runs", "runs"));
    if (runs.empty()) {
        std::cout << "No training run recorded in " << line.valueOr("runs", "runs") << '\n';
        return 0;
    }
    std::cout << model::compareRuns(runs);
    return 0;
}

} // namespace credit::cli
