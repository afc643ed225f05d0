// Drift analysis at the full Home Credit scale: a 307,511-row reference against a 48,744-row
// current table (the sizes of application_train and application_test), with generated columns
// (normal amounts with 10 % missing, uniform scores, a 20-level category). No real rows.
#include "data/Table.h"
#include "drift/DriftAnalysis.h"
#include "drift/DriftReportHtml.h"
#include "drift/ReferenceProfile.h"
#include "drift/ScoreDrift.h"

#include <benchmark/benchmark.h>
#include <random>
#include <string>

namespace {

using credit::data::ColumnKind;
using credit::data::Table;

constexpr std::size_t kReferenceRows = 307'511;
constexpr std::size_t kCurrentRows = 48'744;

Table makeTable(std::size_t rows, int numericColumns, int categoryColumns, unsigned seed,
                double shift)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> amount(150000.0 + shift, 50000.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::uniform_int_distribution<int> level(0, 19);
    Table table("generated");
    for (int c = 0; c < numericColumns; ++c) {
        auto& column = table.addColumn("NUM_" + std::to_string(c), ColumnKind::Real);
        column.reserve(rows);
        for (std::size_t r = 0; r < rows; ++r) {
            if (uniform(random) < 0.1)
                column.appendMissing();
            else
                column.appendNumber(c % 2 ? uniform(random) : amount(random));
        }
    }
    for (int c = 0; c < categoryColumns; ++c) {
        auto& column = table.addColumn("CAT_" + std::to_string(c), ColumnKind::Category);
        column.reserve(rows);
        for (std::size_t r = 0; r < rows; ++r)
            column.appendCategory("level " + std::to_string(level(random)));
    }
    return table;
}

// 100 numeric + 16 category columns: about the application table's mix.
const Table& referenceTable()
{
    static const Table table = makeTable(kReferenceRows, 100, 16, 1, 0.0);
    return table;
}

const Table& currentTable()
{
    static const Table table = makeTable(kCurrentRows, 100, 16, 2, 10000.0);
    return table;
}

void BM_BuildReferenceProfile(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(
            credit::drift::ReferenceProfile::fromTable(referenceTable(), "ref"));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kReferenceRows * 116));
}
BENCHMARK(BM_BuildReferenceProfile)->Unit(benchmark::kMillisecond);

void BM_AnalyseDrift(benchmark::State& state)
{
    const auto profile = credit::drift::ReferenceProfile::fromTable(referenceTable(), "ref");
    for (auto _ : state)
        benchmark::DoNotOptimize(credit::drift::analyseDrift(profile, currentTable(), "cur"));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kCurrentRows * 116));
}
BENCHMARK(BM_AnalyseDrift)->Unit(benchmark::kMillisecond);

void BM_RenderHtml(benchmark::State& state)
{
    const auto profile = credit::drift::ReferenceProfile::fromTable(referenceTable(), "ref");
    const auto report = credit::drift::analyseDrift(profile, currentTable(), "cur");
    for (auto _ : state)
        benchmark::DoNotOptimize(credit::drift::renderHtml(report));
}
BENCHMARK(BM_RenderHtml)->Unit(benchmark::kMillisecond);

void BM_CompareScores(benchmark::State& state)
{
    std::mt19937_64 random(3);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> reference(kReferenceRows);
    std::vector<double> current(kCurrentRows);
    for (auto& score : reference)
        score = uniform(random) * uniform(random);
    for (auto& score : current)
        score = uniform(random) * uniform(random);
    for (auto _ : state)
        benchmark::DoNotOptimize(credit::drift::compareScores(reference, current));
}
BENCHMARK(BM_CompareScores)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
