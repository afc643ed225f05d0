// Throughput of the Home Credit table reader on a large bureau-like CSV.
//
// The file is generated at start-up into the temp directory with a fixed seed (no real rows):
// bureau.csv's 17 columns with the missing shares, category texts and number shapes measured on
// the real unlinked-20000 sample (e.g. AMT_CREDIT_MAX_OVERDUE 68 % empty, AMT_ANNUITY 57 %,
// amounts written "180000.0" or "97834.5"). Size: CSV_BENCH_MB environment variable, default 200.
#include "data/CsvReader.h"
#include "data/SchemaRegistry.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

using namespace credit::data;

namespace {

class BureauCsvGenerator {
public:
    explicit BureauCsvGenerator(std::uint32_t seed) : random_(seed) {}

    std::string generate(std::size_t targetBytes)
    {
        std::string text = "SK_ID_CURR,SK_ID_BUREAU,CREDIT_ACTIVE,CREDIT_CURRENCY,DAYS_CREDIT,"
                           "CREDIT_DAY_OVERDUE,DAYS_CREDIT_ENDDATE,DAYS_ENDDATE_FACT,"
                           "AMT_CREDIT_MAX_OVERDUE,CNT_CREDIT_PROLONG,AMT_CREDIT_SUM,"
                           "AMT_CREDIT_SUM_DEBT,AMT_CREDIT_SUM_LIMIT,AMT_CREDIT_SUM_OVERDUE,"
                           "CREDIT_TYPE,DAYS_CREDIT_UPDATE,AMT_ANNUITY\n";
        text.reserve(targetBytes + 256);
        std::size_t bureauId = 5000000;
        while (text.size() < targetBytes)
            appendRow(text, ++bureauId);
        return text;
    }

private:
    bool chance(double probability) { return uniform_(random_) < probability; }
    long integer(long low, long high)
    {
        return std::uniform_int_distribution<long>(low, high)(random_);
    }

    void appendInteger(std::string& text, long value) { text += std::to_string(value); }
    // Days written as "-521.0" in the columns that pandas stored as float.
    void appendWholeFloat(std::string& text, long value)
    {
        text += std::to_string(value);
        text += ".0";
    }
    // An amount: about a quarter with a fraction, the rest whole ("180000.0").
    void appendAmount(std::string& text, double scale, double fractionShare)
    {
        const double value = std::exp(std::normal_distribution<double>(0.0, 1.0)(random_)) * scale;
        char buffer[64];
        const int length = chance(fractionShare)
                               ? std::snprintf(buffer, sizeof buffer, "%.*f",
                                               static_cast<int>(integer(1, 3)), value)
                               : std::snprintf(buffer, sizeof buffer, "%.0f.0", value);
        text.append(buffer, static_cast<std::size_t>(length));
    }
    void comma(std::string& text) { text += ','; }

    void appendRow(std::string& text, std::size_t bureauId)
    {
        static const char* const kActive[] = {"Closed", "Active", "Closed", "Active", "Sold"};
        static const char* const kTypes[] = {"Consumer credit",
                                             "Credit card",
                                             "Consumer credit",
                                             "Car loan",
                                             "Mortgage",
                                             "Microloan",
                                             "Loan for business development"};
        appendInteger(text, integer(100002, 456255));
        comma(text);
        appendInteger(text, static_cast<long>(bureauId));
        comma(text);
        text += kActive[integer(0, 4)];
        comma(text);
        text += chance(0.999) ? "currency 1" : "currency 2";
        comma(text);
        appendInteger(text, integer(-2922, 0));
        comma(text);
        appendInteger(text, chance(0.998) ? 0 : integer(1, 2000));
        comma(text);
        if (!chance(0.06))
            appendWholeFloat(text, integer(-42000, 31000));
        comma(text);
        if (!chance(0.36))
            appendWholeFloat(text, integer(-2900, 0));
        comma(text);
        if (!chance(0.68))
            appendAmount(text, 500.0, 0.15);
        comma(text);
        appendInteger(text, chance(0.995) ? 0 : integer(1, 9));
        comma(text);
        appendAmount(text, 150000.0, 0.24);
        comma(text);
        if (!chance(0.14))
            appendAmount(text, 40000.0, 0.16);
        comma(text);
        if (!chance(0.37))
            appendAmount(text, 2000.0, 0.05);
        comma(text);
        text += chance(0.997) ? "0.0" : std::to_string(integer(1, 90000)) + ".0";
        comma(text);
        text += kTypes[integer(0, 6)];
        comma(text);
        appendInteger(text, integer(-2900, 0));
        comma(text);
        if (!chance(0.57))
            appendAmount(text, 8000.0, 0.09);
        text += '\n';
    }

    std::mt19937 random_;
    std::uniform_real_distribution<double> uniform_{0.0, 1.0};
};

std::size_t targetBytes()
{
    const char* megabytes = std::getenv("CSV_BENCH_MB");
    return static_cast<std::size_t>(megabytes ? std::atof(megabytes) : 200.0) * 1000 * 1000;
}

// Generated once per process and removed at exit.
struct BenchmarkFile {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / "credit_csv_reader_benchmark_bureau.csv";
    std::string text;

    BenchmarkFile()
    {
        text = BureauCsvGenerator(20240611u).generate(targetBytes());
        std::ofstream(path, std::ios::binary)
            .write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    ~BenchmarkFile() { std::filesystem::remove(path); }
};

const BenchmarkFile& benchmarkFile()
{
    static const BenchmarkFile file;
    return file;
}

// Parsing only: the text is already in memory (the server's and the tests' path).
void BM_ParseBureauText(benchmark::State& state)
{
    const auto& file = benchmarkFile();
    const CsvReader reader(SchemaRegistry::builtIn().table(TableId::Bureau));
    std::size_t rows = 0;
    for (auto _ : state) {
        auto result = reader.readText(file.text, "bureau.csv");
        rows = result.table.rowCount();
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file.text.size()));
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["file_MB"] = static_cast<double>(file.text.size()) / 1e6;
}

// Reading the file (page cache warm) and parsing it: what `credit-scoring validate` does.
void BM_ReadBureauFile(benchmark::State& state)
{
    const auto& file = benchmarkFile();
    const CsvReader reader(SchemaRegistry::builtIn().table(TableId::Bureau));
    for (auto _ : state) {
        auto result = reader.readFile(file.path);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file.text.size()));
}

BENCHMARK(BM_ParseBureauText)->Unit(benchmark::kMillisecond)->MinTime(5.0);
BENCHMARK(BM_ReadBureauFile)->Unit(benchmark::kMillisecond)->MinTime(5.0);

} // namespace

BENCHMARK_MAIN();
