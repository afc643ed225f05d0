// Same seed, same bytes: whatever the number of threads or the chunk size.
#include "GeneratedCsv.h"
#include "synth/PortfolioGenerator.h"

#include <catch2/catch.hpp>

using namespace credit;
using namespace credit::synth::testing;

namespace {

std::vector<std::string> generate(const std::filesystem::path& folder, std::uint64_t seed,
                                  unsigned threads, std::size_t chunkSize)
{
    synth::PortfolioOptions options;
    options.applicants = 700;
    options.seed = seed;
    options.threads = threads;
    options.chunkSize = chunkSize;
    synth::generatePortfolio(folder, options);
    std::vector<std::string> contents;
    for (const auto table : data::kAllTables)
        contents.push_back(readAll(folder / data::fileName(table)));
    return contents;
}

} // namespace

TEST_CASE("two runs with the same seed write the same bytes, whatever the threads and chunks")
{
    TemporaryFolder first("synth-determinism-a");
    TemporaryFolder second("synth-determinism-b");
    TemporaryFolder third("synth-determinism-c");
    const auto reference = generate(first.path(), 11, 1, 1024);
    const auto parallel = generate(second.path(), 11, 2, 64);
    const auto manyThreads = generate(third.path(), 11, 5, 37);
    for (std::size_t t = 0; t < reference.size(); ++t) {
        INFO(data::fileName(data::kAllTables[t]));
        CHECK(reference[t].size() > 100);
        CHECK(parallel[t] == reference[t]);
        CHECK(manyThreads[t] == reference[t]);
    }
}

TEST_CASE("a different seed gives a different portfolio")
{
    TemporaryFolder first("synth-seed-a");
    TemporaryFolder second("synth-seed-b");
    const auto a = generate(first.path(), 1, 2, 128);
    const auto b = generate(second.path(), 2, 2, 128);
    CHECK(a[0] != b[0]);
    CHECK(a[2] != b[2]);
}
