#include "model/RunRecord.h"

#include "SyntheticLogistic.h"
#include "model/CrossValidationTrainer.h"
#include "model/ModelBundle.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace credit::model;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& file)
{
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("A training run is recorded, listed and compared", "[runs]")
{
    const fs::path root =
        fs::temp_directory_path() / ("credit_runs_test_" + std::to_string(std::random_device{}()));
    const auto data = credit::testing::makeSyntheticLogistic(500, 6, 9);
    credit::features::FeatureMatrix matrix;
    matrix.values = data.values;
    for (int i = 0; i < 6; ++i) {
        matrix.featureNames.push_back("F" + std::to_string(i));
    }
    CrossValidationOptions options;
    options.folds = 3;
    options.maxRounds = 20;
    options.earlyStoppingPatience = 5;
    options.parameters.threads = 1;
    options.parameters.eta = 0.3;

    std::vector<RunSummary> recorded;
    for (int run = 0; run < 2; ++run) {
        auto result = CrossValidationTrainer(options).train(matrix.values, data.labels);
        const std::vector<float> oof = result.chosen().oofProbabilities;
        const ModelBundle bundle = assembleBundle(std::move(result), matrix, data.labels,
                                                  nlohmann::json::object(), CostMatrix{});
        RunInputs inputs{options.parameters.toJson(), data.labels, oof,
                         "run " + std::to_string(run)};
        recorded.push_back(recordRun(root, bundle, inputs));
    }
    // Same second and same data: the second run gets a distinct folder.
    CHECK(recorded[0].runId != recorded[1].runId);

    const fs::path folder = root / recorded[0].folder;
    CHECK(fs::exists(folder / "params.json"));
    CHECK(nlohmann::json::parse(readAll(folder / "metrics.json")).contains("variants"));
    CHECK(nlohmann::json::parse(readAll(folder / "params.json"))["eta"] == 0.3);
    CHECK_NOTHROW(ModelBundle::load(folder / "model.bundle"));
    const std::string report = readAll(folder / "report.html");
    CHECK(report.find("ROC curve") != std::string::npos);
    CHECK(report.find("Precision-recall curve") != std::string::npos);
    CHECK(report.find("Business cost per client vs threshold") != std::string::npos);
    CHECK(report.find("<svg") != std::string::npos);
    CHECK(report.find("<td>F0</td>") != std::string::npos);

    const auto runs = listRuns(root);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].runId == recorded[0].runId);
    CHECK(runs[1].note == "run 1");
    CHECK(runs[0].oofAuc == Approx(recorded[0].oofAuc));
    CHECK(runs[0].oofAuc > 0.6);
    const std::string table = compareRuns(runs);
    CHECK(table.find(recorded[1].runId) != std::string::npos);
    CHECK(table.find("+0.0000") != std::string::npos); // the baseline's own delta

    std::ofstream(root / "index.jsonl", std::ios::app) << "{broken\n";
    CHECK_THROWS_WITH(listRuns(root), Catch::Contains("line 3"));
    fs::remove_all(root);
}

TEST_CASE("Listing runs of an empty folder gives nothing", "[runs]")
{
    CHECK(listRuns(fs::temp_directory_path() / "credit_runs_that_do_not_exist").empty());
}
