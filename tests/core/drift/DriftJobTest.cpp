#include "drift/DriftJob.h"

#include "TempFolder.h"
#include "data/DataError.h"
#include "drift/PredictionLogWriter.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

using namespace credit::drift;

namespace {

// A minimal application file (the required columns), incomes shifted by `incomeShift`.
void writeApplications(const std::filesystem::path& file, bool withTarget, double incomeShift)
{
    std::ofstream out(file);
    out << "SK_ID_CURR," << (withTarget ? "TARGET," : "")
        << "NAME_CONTRACT_TYPE,AMT_INCOME_TOTAL,AMT_CREDIT,DAYS_BIRTH\n";
    for (int i = 0; i < 400; ++i) {
        out << 100000 + i << ',' << (withTarget ? (i % 12 == 0 ? "1," : "0,") : "")
            << (i % 10 ? "Cash loans" : "Revolving loans") << ','
            << 100000.0 + 500.0 * i + incomeShift << ',' << 300000.0 + 1000.0 * (i % 50) << ','
            << -10000 - 20 * (i % 300) << '\n';
    }
}

void writeScores(const std::filesystem::path& file, double scale)
{
    PredictionLogWriter writer(file);
    for (int i = 0; i < 300; ++i) {
        PredictionRecord record;
        record.modelVersion = "test";
        record.inputHash = fnv1a64Hex(std::to_string(i));
        record.probability = scale * (i % 100) / 100.0;
        record.decision = "accord";
        writer.append(record);
    }
}

} // namespace

TEST_CASE("drift sources are recognised from the path")
{
    TempFolder folder("drift-job");
    writeApplications(folder.path() / "application_train.csv", true, 0.0);
    writeScores(folder.path() / "predictions.jsonl", 1.0);
    std::ofstream(folder.path() / "profile.json") << "{}";
    std::ofstream(folder.path() / "notes.txt") << "x";
    CHECK(classifyDriftSource(folder.path()) == DriftSourceKind::HomeCreditFolder);
    CHECK(classifyDriftSource(folder.path() / "application_train.csv") ==
          DriftSourceKind::HomeCreditFile);
    CHECK(classifyDriftSource(folder.path() / "predictions.jsonl") ==
          DriftSourceKind::PredictionLog);
    CHECK(classifyDriftSource(folder.path() / "profile.json") == DriftSourceKind::ProfileJson);
    CHECK_THROWS_WITH(classifyDriftSource(folder.path() / "notes.txt"),
                      Catch::Contains("notes.txt"));
    CHECK_THROWS_WITH(classifyDriftSource(folder.path() / "absent.csv"),
                      Catch::Contains("no such file"));
}

TEST_CASE("a folder as reference uses application_train, as current application_test")
{
    TempFolder folder("drift-job");
    writeApplications(folder.path() / "application_train.csv", true, 0.0);
    writeApplications(folder.path() / "application_test.csv", false, 80000.0);
    DriftRequest request;
    request.reference = folder.path();
    request.current = folder.path();
    const auto result = runDriftJob(request);
    const auto& report = result.report;
    REQUIRE_FALSE(report.features.empty());
    CHECK(report.features.front().name == "AMT_INCOME_TOTAL");
    CHECK(report.features.front().status == DriftStatus::Alert);
    for (const auto& feature : report.features) {
        CHECK(feature.name != "TARGET");
        CHECK(feature.name != "SK_ID_CURR");
        if (feature.name == "AMT_CREDIT" || feature.name == "NAME_CONTRACT_TYPE")
            CHECK(feature.status == DriftStatus::Stable);
    }
    REQUIRE(result.referenceProfile.has_value());
    CHECK(result.referenceProfile->rowCount == 400);
    CHECK_FALSE(report.scores.has_value());
}

TEST_CASE("a saved profile replaces the reference data, and scores come from logs")
{
    TempFolder folder("drift-job");
    writeApplications(folder.path() / "application_train.csv", true, 0.0);
    writeApplications(folder.path() / "application_test.csv", false, 80000.0);
    writeScores(folder.path() / "reference.jsonl", 0.5);
    writeScores(folder.path() / "current.jsonl", 0.9);

    DriftRequest first;
    first.reference = folder.path() / "application_train.csv";
    first.current = folder.path() / "application_test.csv";
    first.referenceScores = folder.path() / "reference.jsonl";
    const auto original = runDriftJob(first);
    REQUIRE(original.referenceProfile->scores.has_value());
    original.referenceProfile->save(folder.path() / "profile.json");

    // Profile (with its stored scores) vs current data and current scores.
    DriftRequest second;
    second.reference = folder.path() / "profile.json";
    second.current = folder.path() / "application_test.csv";
    second.currentScores = folder.path() / "current.jsonl";
    const auto fromProfile = runDriftJob(second);
    CHECK(fromProfile.report.features.front().name == "AMT_INCOME_TOTAL");
    CHECK(fromProfile.report.features.front().status == DriftStatus::Alert);
    REQUIRE(fromProfile.report.scores.has_value());
    CHECK(fromProfile.report.scores->distribution.status == DriftStatus::Alert);
    CHECK(fromProfile.report.scores->currentMean > fromProfile.report.scores->referenceMean);

    // Two logs: a scores-only report.
    DriftRequest logs;
    logs.reference = folder.path() / "reference.jsonl";
    logs.current = folder.path() / "current.jsonl";
    const auto scoresOnly = runDriftJob(logs);
    CHECK(scoresOnly.report.features.empty());
    REQUIRE(scoresOnly.report.scores.has_value());
    CHECK(scoresOnly.report.currentRows == 300);

    // A log as current data with a CSV reference and no reference scores: nothing to compare.
    DriftRequest missingScores;
    missingScores.reference = folder.path() / "application_train.csv";
    missingScores.current = folder.path() / "current.jsonl";
    CHECK_THROWS_WITH(runDriftJob(missingScores), Catch::Contains("--reference-scores"));
}
