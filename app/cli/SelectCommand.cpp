// credit-scoring select: chooses the feature families and the round selection by repeated
// stratified cross-validation, and writes them with the evidence into a parameters file that
// `credit-scoring train --params` reads.
#include "CommandLine.h"
#include "PolicyOptions.h"
#include "StageProgressBars.h"
#include "StoppingOptions.h"
#include "common/NumberFormat.h"
#include "training/SelectionStudy.h"
#include "training/TrainingData.h"
#include "training/TrainingParametersFile.h"

#include <iostream>

namespace credit::cli {

int runSelect(const std::vector<std::string>& arguments)
{
    std::set<std::string> valueOptions{"data", "out",        "params",   "repeats",    "folds",
                                       "seed", "max-rounds", "patience", "min-rounds", "jobs"};
    valueOptions.insert(kPolicyOptions.begin(), kPolicyOptions.end());
    const CommandLine line(arguments, valueOptions, {});
    training::SelectionOptions options;
    options.repeats = static_cast<int>(line.integer("repeats", 3));
    if (options.repeats < 1 || options.repeats > 20)
        throw UsageError("option --repeats must be between 1 and 20");
    options.folds = static_cast<int>(line.integer("folds", 5));
    if (options.folds < 2 || options.folds > 20)
        throw UsageError("option --folds must be between 2 and 20");
    options.seed = static_cast<std::uint64_t>(line.integer("seed", 42));
    const auto stopping = stoppingFromOptions(line);
    options.maxRounds = stopping.maxRounds;
    options.earlyStoppingPatience = stopping.patience;
    options.minimumRounds = stopping.minimumRounds;
    options.parallelJobs = static_cast<int>(line.integer("jobs", 0));
    if (options.parallelJobs < 0)
        throw UsageError("option --jobs must be 0 (all hardware threads) or more");
    // The XGBoost parameters to select with (and to write back); the file's own families and
    // round selection are what this command replaces.
    training::TrainingParametersFile parameters;
    if (const auto file = line.value("params"))
        parameters = training::TrainingParametersFile::fromFile(*file);
    options.parameters = parameters.xgboost;
    const auto policy = policyFromOptions(line);
    const std::string data = line.required("data");
    const std::string out = line.required("out");
    line.refuseOutputsOverInputs({"out"}, {"data", "params"});

    StageProgressBars bars;
    const auto progress = [&](const std::string& stage, std::size_t done, std::size_t total) {
        bars.update(stage, done, total);
    };
    // Every family on: each is then dropped in turn. The policy holds throughout.
    const auto prepared = training::prepareTrainingData(
        data, policy, features::FeatureFamilySelection::all(), progress);
    for (const auto& warning : prepared.warnings)
        std::cerr << "credit-scoring select: warning: " << warning << '\n';
    options.progress = [&](const std::string& what, std::size_t done, std::size_t total) {
        progress("select", done, total);
        if (what != "done")
            std::cerr << "credit-scoring select: measuring " << what << " (" << done + 1 << " of "
                      << total << ")\n";
    };
    const auto result = training::runSelectionStudy(prepared.spec, prepared.matrix.values,
                                                    prepared.labels, options);
    bars.finish();

    parameters.families = result.chosenFamilies;
    parameters.roundSelection = result.roundSelection;
    parameters.selection = result.toJson();
    parameters.selection["data"] = data;
    parameters.selection["feature_policy"] = policy.toJson();
    parameters.save(out);

    std::cout << "Selection on " << result.rows << " applicants (" << result.positives
              << " defaults), " << result.allColumns << " features with every family\n"
              << "Protocol: " << result.protocol << '\n'
              << "Round selection rule: " << result.roundRule << '\n'
              << "Family rule: " << result.familyRule << "\n\n"
              << result.markdownTable() << '\n'
              << "Chosen: round selection " << model::roundSelectionName(result.roundSelection)
              << "; families switched off: " << result.chosenFamilies.disabledText() << " ("
              << result.chosenColumns << " features)\n"
              << result.configurations << " family sets trained " << options.repeats << " x "
              << options.folds << " times, " << result.comparisons << " paired comparisons, "
              << common::formatFixed(result.seconds, 1) << " s\n"
              << "Parameters written to " << out << " (use: credit-scoring train --params " << out
              << ")\n";
    return 0;
}

} // namespace credit::cli
