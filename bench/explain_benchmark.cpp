// Explanation benchmark: one client's full explanation (features, score, exact TreeSHAP,
// grouping into business variables, reasons in both languages), what an advisor waits for when
// opening a file or after an edit. Also the probability alone and the counterfactual search.
//
//   CREDIT_EXPLAIN_BUNDLE=model.csbundle CREDIT_EXPLAIN_DATA=DIR explain_benchmark
//   explain_benchmark model.csbundle DIR [google-benchmark flags]
//
// Skips (exit 0 with a message) when the bundle or data folder is absent. Results go to
// docs/performance.md ("Explanation").
#include "data/ClientRecordJson.h"
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "features/FeatureSpec.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

using namespace credit;

namespace {

struct Fixture {
    std::shared_ptr<const explain::ExplanationEngine> engine;
    std::vector<data::HomeCreditDataset> clients; // a spread of clients, cycled through
};

Fixture& fixture()
{
    static Fixture instance;
    return instance;
}

void fullExplanation(benchmark::State& state)
{
    auto& f = fixture();
    std::size_t i = 0;
    for (auto _ : state) {
        auto explanation = f.engine->explain(f.clients[i++ % f.clients.size()]);
        benchmark::DoNotOptimize(explanation);
    }
}

void probabilityOnly(benchmark::State& state)
{
    auto& f = fixture();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.engine->probability(f.clients[i++ % f.clients.size()]));
}

void counterfactualSearch(benchmark::State& state)
{
    auto& f = fixture();
    std::size_t i = 0;
    for (auto _ : state) {
        auto result = f.engine->counterfactuals(f.clients[i++ % f.clients.size()]);
        benchmark::DoNotOptimize(result);
    }
}

std::string pathFrom(int& argc, char** argv, const char* environment)
{
    if (argc > 1 && std::string(argv[1]).rfind("--", 0) != 0) {
        std::string value = argv[1];
        for (int i = 1; i + 1 < argc; ++i)
            argv[i] = argv[i + 1];
        --argc;
        return value;
    }
    const char* value = std::getenv(environment);
    return value ? value : "";
}

} // namespace

int main(int argc, char** argv)
{
    const auto bundle = pathFrom(argc, argv, "CREDIT_EXPLAIN_BUNDLE");
    const auto data = pathFrom(argc, argv, "CREDIT_EXPLAIN_DATA");
    if (bundle.empty() || data.empty() || !std::filesystem::exists(bundle) ||
        !std::filesystem::exists(data)) {
        std::cout << "SKIPPED: give a model bundle and a Home Credit folder (arguments, or "
                     "CREDIT_EXPLAIN_BUNDLE and CREDIT_EXPLAIN_DATA); got '"
                  << bundle << "' and '" << data << "'\n";
        return 0;
    }
    auto& f = fixture();
    f.engine = explain::ExplanationEngine::open(bundle);
    const auto dataset = data::HomeCreditDataset::load(data);
    const auto rows = dataset.applications.rowCount();
    for (std::size_t k = 0; k < 50 && k < rows; ++k)
        f.clients.push_back(data::extractClient(dataset, k * rows / 50));
    std::cout << "bundle " << bundle << ": " << f.engine->featureSpec().features.size()
              << " features; " << f.clients.size() << " clients from " << data << "\n";

    benchmark::RegisterBenchmark("explain/full_explanation", fullExplanation)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("explain/probability_only", probabilityOnly)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("explain/counterfactuals", counterfactualSearch)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // Boosters must be freed before XGBoost's own static objects are destroyed at exit; the
    // function-static fixture would outlive them (a double free at exit otherwise).
    f.engine.reset();
    f.clients.clear();
    return 0;
}
