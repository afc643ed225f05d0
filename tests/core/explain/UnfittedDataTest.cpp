// A bundle meets data its feature spec was not fitted on: related tables, columns and category
// levels present at scoring and absent at fit, or the other way round. Each combination must
// score (no crash, a probability in (0, 1)) and the single-client path must give the batch
// figure. Regression for the red-team crash: a bundle trained without bureau_balance.csv
// segfaulted in BureauFeatures (summariseBalances) as soon as a client had a STATUS.
#include "TrainedModel.h"
#include "data/ClientRecordJson.h"
#include "data/HomeCreditDataset.h"
#include "data/TableId.h"
#include "explain/ExplanationEngine.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

using namespace credit;
using data::TableId;
namespace fs = std::filesystem;

namespace {

constexpr std::array kRelatedTables{
    TableId::Bureau,         TableId::BureauBalance,        TableId::PreviousApplication,
    TableId::PosCashBalance, TableId::InstallmentsPayments, TableId::CreditCardBalance};

// A set of related tables left out of a data folder.
struct TableSubset {
    std::string name;
    std::vector<TableId> absent;
};

// A covering set rather than all 2^6 subsets (64 trainings would take minutes): every table
// present, each one absent alone, and every one absent.
std::vector<TableSubset> coveringSubsets()
{
    std::vector<TableSubset> subsets{{"all", {}}};
    for (const auto table : kRelatedTables)
        subsets.push_back({"without-" + std::string(data::tableName(table)), {table}});
    subsets.push_back(
        {"applications-only", std::vector<TableId>(kRelatedTables.begin(), kRelatedTables.end())});
    return subsets;
}

const fs::path& scratch()
{
    static const fs::path folder = explain::testing::scratchFolder("credit-unfitted-data");
    static const explain::testing::ScratchCleanup cleanup{folder};
    return folder;
}

// 300 synthetic applicants with every table; each subset's folder links the files it keeps.
fs::path folderWithout(const TableSubset& subset)
{
    static const fs::path full = [] {
        synth::PortfolioOptions options;
        options.applicants = 300;
        options.testShare = 0.0;
        options.seed = 7;
        synth::generatePortfolio(scratch() / "full", options);
        return scratch() / "full";
    }();
    const auto folder = scratch() / subset.name;
    if (fs::exists(folder))
        return folder;
    fs::create_directories(folder);
    for (const auto table : data::kAllTables) {
        const auto file = full / data::fileName(table);
        const bool dropped =
            std::find(subset.absent.begin(), subset.absent.end(), table) != subset.absent.end();
        if (!dropped && fs::exists(file))
            fs::create_symlink(file, folder / data::fileName(table));
    }
    return folder;
}

// One small bundle per training subset, trained once per executable (never destroyed: see
// TrainedModel.h about XGBoost's static state at exit).
const explain::ExplanationEngine& engineTrainedWithout(const TableSubset& subset)
{
    static std::map<std::string, std::shared_ptr<const explain::ExplanationEngine>>* engines =
        new std::map<std::string, std::shared_ptr<const explain::ExplanationEngine>>;
    auto& engine = (*engines)[subset.name];
    if (!engine) {
        training::TrainingOptions options;
        options.folds = 2;
        options.maxRounds = 8;
        options.minimumRounds = 0;
        options.earlyStoppingPatience = 4;
        options.compareClassWeighting = false;
        const auto bundle = scratch() / (subset.name + ".csbundle");
        training::trainModel(folderWithout(subset), bundle, std::nullopt, options);
        engine = explain::ExplanationEngine::open(bundle);
    }
    return *engine;
}

void checkScoresEverywhere(const explain::ExplanationEngine& engine,
                           const data::HomeCreditDataset& dataset)
{
    const auto batch = engine.scoreDataset(dataset);
    REQUIRE(batch.size() == dataset.applications.rowCount());
    for (const double probability : batch) {
        REQUIRE(std::isfinite(probability));
        REQUIRE(probability > 0.0);
        REQUIRE(probability < 1.0);
    }
    for (std::size_t row = 0; row < batch.size(); row += 29) {
        CAPTURE(row);
        const auto client = data::extractClient(dataset, row);
        CHECK(engine.probability(client) == batch[row]);
    }
}

// The application fields of synthetic applicant `row`, with the history arrays replaced.
nlohmann::json applicationOnly(const data::HomeCreditDataset& dataset, std::size_t row)
{
    auto body = data::clientRecordToJson(dataset, row);
    for (const auto table : kRelatedTables)
        body.erase(std::string(data::tableName(table)));
    return body;
}

double scoreJson(const explain::ExplanationEngine& engine, const nlohmann::json& body)
{
    const auto parsed = data::clientRecordFromJson(body);
    INFO(body.dump());
    for (const auto& issue : parsed.issues)
        INFO(issue.field << ": " << issue.message);
    REQUIRE(parsed.record);
    const auto explanation = engine.explain(*parsed.record);
    CHECK_NOTHROW(engine.counterfactuals(*parsed.record)); // the search rescoring variants
    return explanation.probability;
}

} // namespace

TEST_CASE("a bundle scores data holding any other set of related tables than it was fitted on")
{
    const auto subsets = coveringSubsets();
    for (const auto& trainedOn : subsets) {
        const auto& engine = engineTrainedWithout(trainedOn);
        for (const auto& scoredOn : subsets) {
            INFO("trained on " << trainedOn.name << ", scored on " << scoredOn.name);
            const auto dataset = data::HomeCreditDataset::load(folderWithout(scoredOn));
            checkScoresEverywhere(engine, dataset);
        }
    }
}

TEST_CASE("a bundle fitted without bureau_balance scores a client whose credits have a STATUS")
{
    // The request the red team sent to POST /v1/score.
    const auto& engine = engineTrainedWithout({"without-bureau_balance", {TableId::BureauBalance}});
    const auto dataset = data::HomeCreditDataset::load(folderWithout(coveringSubsets().front()));
    auto body = applicationOnly(dataset, 0);
    body["bureau"] = nlohmann::json::array({{{"SK_ID_BUREAU", 1}}});
    body["bureau_balance"] =
        nlohmann::json::array({{{"SK_ID_BUREAU", 1}, {"MONTHS_BALANCE", -1}, {"STATUS", "C"}}});
    const double probability = scoreJson(engine, body);
    CHECK(probability > 0.0);
    CHECK(probability < 1.0);
}

TEST_CASE("columns and category levels absent at fit or at scoring leave a sane probability")
{
    const auto& everything = engineTrainedWithout(coveringSubsets().front());
    const auto dataset = data::HomeCreditDataset::load(folderWithout(coveringSubsets().front()));
    auto body = applicationOnly(dataset, 1);

    SECTION("history rows with nothing but their keys (every other column absent)")
    {
        body["bureau"] = nlohmann::json::array({{{"SK_ID_BUREAU", 5}}, {{"SK_ID_BUREAU", 6}}});
        body["bureau_balance"] = nlohmann::json::array({{{"SK_ID_BUREAU", 5}}});
        body["previous_application"] = nlohmann::json::array({{{"SK_ID_PREV", 9}}});
        body["POS_CASH_balance"] = nlohmann::json::array({{{"SK_ID_PREV", 9}}});
        body["installments_payments"] = nlohmann::json::array({{{"SK_ID_PREV", 9}}});
        body["credit_card_balance"] = nlohmann::json::array({{{"SK_ID_PREV", 9}}});
        const double probability = scoreJson(everything, body);
        CHECK(probability > 0.0);
        CHECK(probability < 1.0);
    }
    SECTION("only levels the spec never saw, in every table that has categories")
    {
        body["bureau"] = nlohmann::json::array(
            {{{"SK_ID_BUREAU", 5}, {"CREDIT_ACTIVE", "Sold"}, {"CREDIT_TYPE", "Mortgage"}}});
        body["bureau_balance"] =
            nlohmann::json::array({{{"SK_ID_BUREAU", 5}, {"MONTHS_BALANCE", -2}, {"STATUS", "5"}},
                                   {{"SK_ID_BUREAU", 5}, {"MONTHS_BALANCE", -1}, {"STATUS", "X"}}});
        const double probability = scoreJson(everything, body);
        CHECK(probability > 0.0);
        CHECK(probability < 1.0);
    }
    SECTION("every history table given to a bundle fitted on applications only")
    {
        const auto& bare = engineTrainedWithout(coveringSubsets().back());
        const auto full = data::clientRecordToJson(dataset, 1);
        const double probability = scoreJson(bare, full);
        CHECK(probability > 0.0);
        CHECK(probability < 1.0);
    }
}
