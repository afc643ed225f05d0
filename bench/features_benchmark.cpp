// Feature pipeline benchmarks.
//
//   features_benchmark                      single-client and batch transforms on the real
//                                           linked sample (1,000 applicants)
//   CREDIT_FEATURES_DATA=DIR features_benchmark --benchmark_filter=Batch
//                                           batch transform of any Home Credit folder (e.g. a
//                                           full-size synthetic one made by `credit-scoring synth`)
//
// The single-client figure is what the advisor waits for after editing a file: transform of one
// ClientRecord with a spec already loaded. Results go to docs/performance.md ("Features").
#include "data/HomeCreditDataset.h"
#include "features/ClientRecord.h"
#include "features/FeaturePipeline.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <iostream>

using namespace credit;

namespace {

std::filesystem::path linkedSampleFolder()
{
    const char* shared = std::getenv("CREDIT_SHARED_DATA");
    return std::filesystem::path(shared ? shared : CREDIT_SHARED_DATA_DIR) / "linked-1000";
}

std::filesystem::path batchFolder()
{
    const char* folder = std::getenv("CREDIT_FEATURES_DATA");
    return folder ? std::filesystem::path(folder) : linkedSampleFolder();
}

const data::HomeCreditDataset& dataset(const std::filesystem::path& folder)
{
    static std::filesystem::path loadedFrom;
    static data::HomeCreditDataset loaded;
    if (loadedFrom != folder) {
        loaded = data::HomeCreditDataset::load(folder);
        loadedFrom = folder;
    }
    return loaded;
}

// The applicant with the most related rows: the slowest single client of the sample.
std::size_t busiestApplicant(const data::HomeCreditDataset& data,
                             const features::ClientExtractor& extractor)
{
    std::size_t best = 0;
    std::size_t bestRows = 0;
    for (std::size_t row = 0; row < data.applications.rowCount(); ++row) {
        const auto client = extractor.extract(row);
        std::size_t rows = 0;
        for (const auto* table :
             {&client.data.bureau, &client.data.bureauBalance, &client.data.previousApplications,
              &client.data.posCashBalance, &client.data.installmentsPayments,
              &client.data.creditCardBalance})
            rows += *table ? (*table)->rowCount() : 0;
        if (rows > bestRows) {
            bestRows = rows;
            best = row;
        }
    }
    return best;
}

// range(0): 0 = first applicant, 1 = the applicant with the longest history.
// range(1): 0 = FeatureTransformer prepared once (the app's path), 1 = FeaturePipeline::transform
// with the spec each time (resolves the spec's feature names on every call).
void BM_SingleClientTransform(benchmark::State& state)
{
    const auto folder = linkedSampleFolder();
    if (!std::filesystem::exists(folder)) {
        state.SkipWithError(("no linked sample at " + folder.string()).c_str());
        return;
    }
    const auto& data = dataset(folder);
    const auto spec = features::FeaturePipeline::fit(data);
    const features::ClientExtractor extractor(data);
    const std::size_t row = state.range(0) == 0 ? 0 : busiestApplicant(data, extractor);
    const auto client = extractor.extract(row);
    const features::FeatureTransformer transformer(spec);
    for (auto _ : state) {
        auto matrix = state.range(1) == 0 ? transformer.transform(client)
                                          : features::FeaturePipeline::transform(client, spec);
        benchmark::DoNotOptimize(matrix.values.data());
    }
    state.counters["features"] = static_cast<double>(spec.features.size());
}
BENCHMARK(BM_SingleClientTransform)
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({1, 1})
    ->ArgNames({"busiest", "oneShot"})
    ->Unit(benchmark::kMicrosecond);

void BM_BatchTransform(benchmark::State& state)
{
    const auto folder = batchFolder();
    if (!std::filesystem::exists(folder)) {
        state.SkipWithError(("no data folder at " + folder.string()).c_str());
        return;
    }
    const auto& data = dataset(folder);
    const auto spec = features::FeaturePipeline::fit(data);
    for (auto _ : state) {
        auto matrix = features::FeaturePipeline::transform(data, spec, nullptr,
                                                           {static_cast<unsigned>(state.range(0))});
        benchmark::DoNotOptimize(matrix.values.data());
    }
    state.counters["applicants"] = static_cast<double>(data.applications.rowCount());
    state.counters["features"] = static_cast<double>(spec.features.size());
}
BENCHMARK(BM_BatchTransform)
    ->Arg(1)
    ->Arg(2)
    ->ArgName("threads")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
