#include "TempFolder.h"
#include "data/DataError.h"
#include "drift/PredictionLogReader.h"
#include "drift/PredictionLogWriter.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace credit::drift;

namespace {

PredictionRecord makeRecord(double probability, const std::string& clientId = "100002")
{
    PredictionRecord record;
    record.modelVersion = "xgb-2026.11";
    const nlohmann::json inputs{{"AMT_INCOME_TOTAL", 202500.0}, {"CODE_GENDER", "M"}};
    record.inputHash = hashInputs(inputs);
    record.probability = probability;
    record.decision = probability > 0.5 ? "refus" : "accord";
    record.latencyMs = 1.25;
    record.clientId = clientId;
    record.inputs = inputs;
    return record;
}

std::string fileText(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("FNV-1a 64 matches the reference test vectors")
{
    CHECK(fnv1a64Hex("") == "cbf29ce484222325");
    CHECK(fnv1a64Hex("a") == "af63dc4c8601ec8c");
    CHECK(fnv1a64Hex("foobar") == "85944171f73967e8");
    // Key order does not change the hash: nlohmann::json sorts object keys.
    CHECK(hashInputs({{"b", 1}, {"a", 2}}) == hashInputs({{"a", 2}, {"b", 1}}));
}

TEST_CASE("prediction log round trip keeps every field and no personal data by default")
{
    TempFolder folder("drift-log");
    const auto file = folder.path() / "predictions.jsonl";
    {
        PredictionLogWriter writer(file);
        writer.append(makeRecord(0.12));
        writer.append(makeRecord(0.71));
    }
    const auto text = fileText(file);
    CHECK(text.find("100002") == std::string::npos);           // client id not written
    CHECK(text.find("AMT_INCOME_TOTAL") == std::string::npos); // raw inputs not written

    const auto records = readPredictionLog(file);
    REQUIRE(records.size() == 2);
    CHECK(records[0].probability == 0.12);
    CHECK(records[1].probability == 0.71);
    CHECK(records[1].decision == "refus");
    CHECK(records[0].modelVersion == "xgb-2026.11");
    CHECK(records[0].inputHash.size() == 16);
    CHECK(records[0].latencyMs == 1.25);
    CHECK(records[0].timeUtc.size() == 24); // 2026-11-22T11:29:02.123Z
    CHECK(records[0].timeUtc.back() == 'Z');
    CHECK_FALSE(records[0].clientId.has_value());
    CHECK(readLoggedProbabilities(file) == std::vector<double>{0.12, 0.71});
}

TEST_CASE("the client id and inputs are logged only when configured")
{
    TempFolder folder("drift-log");
    const auto file = folder.path() / "predictions.jsonl";
    PredictionLogOptions options;
    options.includeClientId = true;
    options.includeRawInputs = true;
    {
        PredictionLogWriter writer(file, options);
        writer.append(makeRecord(0.3, "100777"));
    }
    const auto records = readPredictionLog(file);
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].clientId.has_value());
    CHECK(*records[0].clientId == "100777");
    REQUIRE(records[0].inputs.has_value());
    CHECK((*records[0].inputs)["CODE_GENDER"] == "M");
}

TEST_CASE("the log rotates by size, keeps N old files and reads back in order")
{
    TempFolder folder("drift-log");
    const auto file = folder.path() / "predictions.jsonl";
    PredictionLogOptions options;
    options.maxBytes = 600; // about three lines per file
    options.keepFiles = 2;
    {
        PredictionLogWriter writer(file, options);
        for (int i = 0; i < 30; ++i)
            writer.append(makeRecord(i / 100.0));
    }
    CHECK(std::filesystem::exists(file));
    CHECK(std::filesystem::exists(rotatedLogFile(file, 1)));
    CHECK(std::filesystem::exists(rotatedLogFile(file, 2)));
    CHECK_FALSE(std::filesystem::exists(rotatedLogFile(file, 3)));
    for (const auto& path : {file, rotatedLogFile(file, 1), rotatedLogFile(file, 2)})
        CHECK(std::filesystem::file_size(path) <= options.maxBytes);

    // The kept files hold the most recent records, oldest first, ending with the last one.
    const auto probabilities = readLoggedProbabilities(file);
    REQUIRE(probabilities.size() >= 3);
    REQUIRE(probabilities.size() < 30);
    CHECK(probabilities.back() == 0.29);
    for (std::size_t i = 1; i < probabilities.size(); ++i)
        CHECK(probabilities[i] == Approx(probabilities[i - 1] + 0.01));

    // A folder reads every .jsonl in it with its rotations.
    CHECK(readLoggedProbabilities(folder.path()) == probabilities);
}

TEST_CASE("a writer reopening an existing log appends and counts its size")
{
    TempFolder folder("drift-log");
    const auto file = folder.path() / "predictions.jsonl";
    PredictionLogWriter(file).append(makeRecord(0.1));
    PredictionLogWriter(file).append(makeRecord(0.2));
    CHECK(readLoggedProbabilities(file) == std::vector<double>{0.1, 0.2});
}

TEST_CASE("concurrent writers never interleave lines")
{
    TempFolder folder("drift-log");
    const auto file = folder.path() / "predictions.jsonl";
    PredictionLogOptions options;
    options.maxBytes = 20'000;
    options.keepFiles = 100; // keep everything so every line can be counted
    {
        PredictionLogWriter writer(file, options);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&writer, t] {
                for (int i = 0; i < 250; ++i)
                    writer.append(makeRecord((t * 250 + i) / 1000.0));
            });
        for (auto& thread : threads)
            thread.join();
    }
    const auto probabilities = readLoggedProbabilities(file); // throws on a torn line
    REQUIRE(probabilities.size() == 1000);
    std::set<double> distinct(probabilities.begin(), probabilities.end());
    CHECK(distinct.size() == 1000);
}

TEST_CASE("a malformed log line is reported with its file and line")
{
    TempFolder folder("drift-log");
    const auto file = folder.path() / "broken.jsonl";
    {
        std::ofstream out(file);
        out << R"({"time":"t","model_version":"v","input_hash":"h","probability":0.1,"decision":"accord","latency_ms":1})"
            << "\n\n{not json\n";
    }
    CHECK_THROWS_WITH(readPredictionLog(file), Catch::Contains("broken.jsonl, line 3"));
    {
        std::ofstream out(file);
        out << R"({"time":"t","model_version":"v","input_hash":"h","decision":"accord","latency_ms":1})"
            << "\n";
    }
    CHECK_THROWS_WITH(readPredictionLog(file), Catch::Contains("probability"));
    CHECK_THROWS_AS(readPredictionLog(folder.path() / "absent.jsonl"), credit::data::DataError);
    CHECK(isPredictionLogPath("logs/predictions.jsonl"));
    CHECK(isPredictionLogPath("logs/predictions.jsonl.3"));
    CHECK_FALSE(isPredictionLogPath("application_test.csv"));
}
