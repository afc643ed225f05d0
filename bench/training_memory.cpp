// Where the memory of a training run goes, step by step, on any labelled Home Credit folder:
// resident set size (VmRSS, /proc/self/status) after loading and the features (related tables
// released), after the shared quantised matrix, after each fold booster's first rounds on it,
// and, for comparison, after one fold's own copy of its training rows as the trainer built it
// before issue 22 (plain DMatrix plus its histogram bins). Figures: docs/performance.md.
//
//   training_memory DATA_DIR [folds=5] [rounds=10]

#include "features/FeatureFamilySelection.h"
#include "features/FeaturePolicy.h"
#include "model/Booster.h"
#include "model/DMatrix.h"
#include "model/FoldOnSharedMatrix.h"
#include "model/StratifiedKFold.h"
#include "model/TrainingParameters.h"
#include "training/TrainingData.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <malloc.h>
#include <memory>
#include <string>
#include <vector>

namespace {

double residentMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return -1.0;
}

struct Step {
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    double before = residentMegabytes();
    void report(const std::string& what)
    {
        const double now = residentMegabytes();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::printf("%-58s RSS %8.0f MB  (%+7.0f MB, %6.1f s)\n", what.c_str(), now, now - before,
                    seconds);
        std::fflush(stdout);
        started = std::chrono::steady_clock::now();
        before = now;
    }
};

// CPU seconds of the calling thread (the boosters here use one XGBoost thread, the caller's).
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

constexpr int kTimedRounds = 20;

} // namespace

int main(int argc, char** argv)
{
    using namespace credit;
    if (argc < 2) {
        std::fprintf(stderr, "usage: training_memory DATA_DIR [folds=5] [rounds=10]\n");
        return 2;
    }
    const int folds = argc > 2 ? std::stoi(argv[2]) : 5;
    const int rounds = argc > 3 ? std::stoi(argv[3]) : 10;
    Step step;
    step.report("start");
    auto data = training::prepareTrainingData(argv[1], features::FeaturePolicy::defaults(),
                                              features::FeatureFamilySelection::defaults(), {});
    const auto& values = data.matrix.values;
    std::printf("feature matrix: %lld rows x %lld features = %.0f MB of float32\n",
                static_cast<long long>(values.rows()), static_cast<long long>(values.cols()),
                static_cast<double>(values.size()) * 4.0 / 1048576.0);
    step.report("loaded, features computed, related tables released");

    model::TrainingParameters parameters;
    {
        const auto shared = model::DMatrix::quantised(values, parameters.maxBin, 2);
        step.report("shared quantised matrix (all rows)");
        malloc_trim(0);
        step.report("... after malloc_trim (construction scratch handed back)");
        const auto kfold = model::stratifiedKFold(data.labels, folds, 42);
        std::vector<std::unique_ptr<model::FoldOnSharedMatrix>> trainings;
        for (int f = 0; f < folds; ++f) {
            std::vector<float> trainLabels;
            for (const std::size_t row : kfold[static_cast<std::size_t>(f)].trainRows)
                trainLabels.push_back(data.labels[row]);
            trainings.push_back(std::make_unique<model::FoldOnSharedMatrix>(
                shared, data.labels, kfold[static_cast<std::size_t>(f)].trainRows,
                kfold[static_cast<std::size_t>(f)].validationRows,
                model::withBaseScore(parameters, trainLabels)));
            for (int round = 0; round < rounds; ++round)
                trainings.back()->boostRound();
            step.report("fold " + std::to_string(f + 1) + " booster, " + std::to_string(rounds) +
                        " rounds on the shared matrix");
        }
        const double cpuBefore = threadCpuSeconds();
        for (int round = 0; round < kTimedRounds; ++round)
            trainings.front()->boostRound();
        std::printf("fold 1 on the shared matrix: %.3f s CPU per round (rounds %d-%d)\n",
                    (threadCpuSeconds() - cpuBefore) / kTimedRounds, rounds + 1,
                    rounds + kTimedRounds);
        step.report("fold 1, timed rounds");
        trainings.clear();
        step.report("fold boosters released");
    }
    step.report("shared matrix released");

    // Before issue 22 each fold copied its training rows into a plain DMatrix (and its
    // validation rows into another), kept alive with its booster for the whole mean-curve run.
    const auto kfold = model::stratifiedKFold(data.labels, folds, 42);
    {
        const auto rows = model::selectRows(values, kfold[0].trainRows);
        step.report("one fold's training rows copied (float32, transient)");
        model::DMatrix copy(rows);
        step.report("... as a plain DMatrix (values kept by XGBoost)");
        model::prepareSharedMatrix(copy, parameters);
        step.report("... with its histogram bins (after one round)");
        // The old per-round work: XGBoost's own objective on the copy, AUC on the validation copy.
        std::vector<float> trainLabels;
        for (const std::size_t row : kfold[0].trainRows)
            trainLabels.push_back(data.labels[row]);
        copy.setLabels(trainLabels);
        model::DMatrix validation(model::selectRows(values, kfold[0].validationRows));
        std::vector<float> validationLabels;
        for (const std::size_t row : kfold[0].validationRows)
            validationLabels.push_back(data.labels[row]);
        validation.setLabels(validationLabels);
        model::Booster booster({&copy, &validation});
        booster.setParameters(model::withBaseScore(parameters, trainLabels));
        for (int round = 0; round < rounds; ++round) {
            booster.updateOneIter(round, copy);
            booster.evaluateMetric(round, validation, "auc");
        }
        const double cpuBefore = threadCpuSeconds();
        for (int round = rounds; round < rounds + kTimedRounds; ++round) {
            booster.updateOneIter(round, copy);
            booster.evaluateMetric(round, validation, "auc");
        }
        std::printf("fold 1 on its own copy (before): %.3f s CPU per round (rounds %d-%d)\n",
                    (threadCpuSeconds() - cpuBefore) / kTimedRounds, rounds + 1,
                    rounds + kTimedRounds);
        step.report("... fold 1 trained on its copy, timed rounds");
    }
    step.report("copy released");
    return 0;
}
