// credit-scoring import's core: every client stored as one file, every row it did not store
// reported with file, line and reason, and a re-import replacing files whole.
#include "records/PortfolioImport.h"

#include "RecordsTestDatabase.h"
#include "data/ClientRecordJson.h"
#include "records/Records.h"
#include "records/RecordsError.h"
#include "synth/PortfolioGenerator.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

using namespace credit;

namespace {

std::string lineOf(const std::filesystem::path& file, int number)
{
    std::ifstream in(file);
    std::string line;
    for (int i = 0; i < number && std::getline(in, line); ++i) {
    }
    return line;
}

std::size_t appendLine(const std::filesystem::path& file, const std::string& line)
{
    std::size_t lines = 0;
    {
        std::ifstream in(file);
        std::string ignored;
        while (std::getline(in, ignored))
            ++lines;
    }
    std::ofstream(file, std::ios::app) << line << '\n';
    return lines + 1;
}

bool reported(const records::ImportReport& report, const std::string& file, std::size_t line,
              const std::string& reasonPart)
{
    for (const auto& row : report.rejected)
        if (row.file == file && row.line == line &&
            row.reason.find(reasonPart) != std::string::npos)
            return true;
    return false;
}

// A small synthetic Home Credit folder in `folder`.
std::filesystem::path syntheticFolder(const QTemporaryDir& folder, std::uint64_t seed)
{
    const std::filesystem::path data = folder.filePath(QStringLiteral("data")).toStdString();
    synth::PortfolioOptions options;
    options.applicants = 60;
    options.seed = seed;
    synth::generatePortfolio(data, options);
    return data;
}

} // namespace

TEST_CASE("Import stores every applicant as one file and reports each row it did not store")
{
    QTemporaryDir folder;
    const auto data = syntheticFolder(folder, 7);

    // A bureau credit of nobody, and an applicant written twice.
    auto orphan = lineOf(data / "bureau.csv", 2);
    orphan.replace(0, orphan.find(','), "999999");
    const auto orphanLine = appendLine(data / "bureau.csv", orphan);
    const auto duplicateLine =
        appendLine(data / "application_test.csv", lineOf(data / "application_test.csv", 2));

    auto records =
        records::Records::open(QStringLiteral("sqlite:%1/records.sqlite").arg(folder.path()));
    std::size_t storedProgress = 0;
    const auto report = records::importPortfolio(
        data, *records.clients,
        [&](std::string_view stage, std::size_t done, std::size_t) {
            if (stage == "storing")
                storedProgress = done;
        },
        16);
    CHECK(report.trainClients + report.testClients == 60);
    CHECK(report.testClients > 0);
    CHECK(storedProgress == 60);
    CHECK(records.clients->clientCount() == 60);
    CHECK(reported(report, "bureau.csv", orphanLine, "SK_ID_CURR 999999 matches no applicant"));
    CHECK(reported(report, "application_test.csv", duplicateLine, "appears more than once"));
    CHECK(report.rejected.size() == 2);

    // A stored file is the client's whole record, history included.
    const auto summaries = records.clients->summariesAfter(0);
    REQUIRE(summaries.size() == 60);
    const auto file = records.clients->client(summaries.front().id);
    REQUIRE(file);
    const auto document = nlohmann::json::parse(file->recordJson.toStdString());
    CHECK(document["SK_ID_CURR"] == summaries.front().id);
    CHECK(document.contains("bureau"));
    CHECK(document.contains("installments_payments"));
    // The import writes each document directly as text: the same bytes as the JSON document
    // of that applicant cut from the whole folder.
    const auto folderData = data::HomeCreditDataset::load(data);
    const auto& ids = folderData.applications.column("SK_ID_CURR");
    for (std::size_t row = 0; row < folderData.applications.rowCount(); row += 7) {
        const auto id = static_cast<long long>(ids.number(row));
        CAPTURE(id);
        CHECK(records.clients->client(id)->recordJson.toStdString() ==
              data::clientRecordToJson(folderData, row).dump());
    }

    // Importing again replaces each file whole (a new revision), adding nobody.
    const auto again = records::importPortfolio(data, *records.clients);
    CHECK(again.rejected.size() == 2);
    CHECK(records.clients->clientCount() == 60);
    CHECK(records.clients->summariesAfter(summaries.back().revision).size() == 60);
    CHECK(records.clients->client(summaries.front().id)->recordJson == file->recordJson);
}

TEST_CASE("An import that fails in a batch keeps the batches before it whole and stops")
{
    QTemporaryDir folder;
    const auto data = syntheticFolder(folder, 11);
    // The 41st training applicant (line 42) falls in the third batch of 16.
    const auto line = lineOf(data / "application_train.csv", 42);
    const auto refused = std::stoll(line.substr(0, line.find(',')));

    auto records =
        records::Records::open(QStringLiteral("sqlite:%1/records.sqlite").arg(folder.path()));
    credit::testing::refuseClient(records.database->connection(), false, refused);
    std::size_t storedProgress = 0;
    CHECK_THROWS_AS(records::importPortfolio(
                        data, *records.clients,
                        [&](std::string_view stage, std::size_t done, std::size_t) {
                            if (stage == "storing")
                                storedProgress = done;
                        },
                        16),
                    records::RecordsError);
    // Two whole batches were committed before the failing one; nothing of it or after it.
    CHECK(storedProgress == 32);
    CHECK(records.clients->clientCount() == 32);
    CHECK_FALSE(records.clients->client(refused));
    for (const auto& summary : records.clients->summariesAfter(0)) {
        const auto file = records.clients->client(summary.id);
        REQUIRE(file);
        CHECK(nlohmann::json::parse(file->recordJson.toStdString())["SK_ID_CURR"] == summary.id);
    }
}
