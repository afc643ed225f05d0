// Scoring speed of core/model on a model the size we ship: 250 features x 300 trees of depth 6,
// trained once on synthetic rows at start-up (not timed). Results go to docs/performance.md.
#include "model/Booster.h"
#include "model/DMatrix.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <limits>
#include <memory>
#include <random>

namespace {

using credit::features::FeatureValues;
using credit::model::Booster;
using credit::model::DMatrix;

constexpr int kFeatures = 250;
constexpr int kTrees = 300;

FeatureValues syntheticRows(int rows, std::uint64_t seed, std::vector<float>* labels)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    FeatureValues values(rows, kFeatures);
    for (int r = 0; r < rows; ++r) {
        float logit = -2.0f;
        for (int c = 0; c < kFeatures; ++c) {
            const float x = normal(random);
            logit += (c % 10 == 0 ? 0.3f : 0.02f) * x;
            values(r, c) = uniform(random) < 0.05f ? std::numeric_limits<float>::quiet_NaN() : x;
        }
        if (labels) {
            labels->push_back(uniform(random) < 1.0f / (1.0f + std::exp(-logit)) ? 1.0f : 0.0f);
        }
    }
    return values;
}

Booster& sharedModel()
{
    static std::unique_ptr<Booster> model = [] {
        std::vector<float> labels;
        const FeatureValues rows = syntheticRows(4000, 1, &labels);
        DMatrix train(rows);
        train.setLabels(labels);
        auto booster = std::make_unique<Booster>(std::vector<const DMatrix*>{&train});
        credit::model::TrainingParameters parameters;
        parameters.threads = 2;
        booster->setParameters(parameters);
        for (int round = 0; round < kTrees; ++round) {
            booster->updateOneIter(round, train);
        }
        return booster;
    }();
    return *model;
}

void BM_SingleRowPredictInPlace(benchmark::State& state)
{
    Booster& model = sharedModel();
    model.setThreads(1);
    const FeatureValues rows = syntheticRows(256, 2, nullptr);
    Eigen::Index next = 0;
    for (auto _ : state) {
        const std::span<const float> row(rows.row(next).data(), kFeatures);
        benchmark::DoNotOptimize(model.predictProbabilityInPlace(row));
        next = (next + 1) % rows.rows();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SingleRowPredictInPlace)->Unit(benchmark::kMicrosecond);

void BM_SingleRowPredictViaDMatrix(benchmark::State& state)
{
    Booster& model = sharedModel();
    model.setThreads(1);
    const FeatureValues rows = syntheticRows(256, 3, nullptr);
    Eigen::Index next = 0;
    for (auto _ : state) {
        const DMatrix one(std::span<const float>(rows.row(next).data(), kFeatures), 1, kFeatures);
        benchmark::DoNotOptimize(model.predictProbability(one));
        next = (next + 1) % rows.rows();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SingleRowPredictViaDMatrix)->Unit(benchmark::kMicrosecond);

void BM_SingleRowExactShap(benchmark::State& state)
{
    Booster& model = sharedModel();
    model.setThreads(1);
    const FeatureValues rows = syntheticRows(64, 4, nullptr);
    Eigen::Index next = 0;
    for (auto _ : state) {
        const DMatrix one(std::span<const float>(rows.row(next).data(), kFeatures), 1, kFeatures);
        benchmark::DoNotOptimize(model.predictContributions(one));
        next = (next + 1) % rows.rows();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SingleRowExactShap)->Unit(benchmark::kMillisecond);

void BM_BatchPredict(benchmark::State& state)
{
    Booster& model = sharedModel();
    model.setThreads(static_cast<int>(state.range(1)));
    const FeatureValues rows = syntheticRows(static_cast<int>(state.range(0)), 5, nullptr);
    for (auto _ : state) {
        const DMatrix batch(rows);
        benchmark::DoNotOptimize(model.predictProbability(batch));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_BatchPredict)->Args({10000, 1})->Args({10000, 2})->Unit(benchmark::kMillisecond);

void BM_BatchPredictInPlace(benchmark::State& state)
{
    Booster& model = sharedModel();
    model.setThreads(2);
    const FeatureValues rows = syntheticRows(static_cast<int>(state.range(0)), 6, nullptr);
    for (auto _ : state) {
        benchmark::DoNotOptimize(model.predictProbabilityInPlace(rows));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_BatchPredictInPlace)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
