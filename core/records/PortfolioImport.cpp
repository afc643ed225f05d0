#include "records/PortfolioImport.h"

#include "data/ClientRecordJson.h"
#include "data/CsvReader.h"
#include "data/SchemaRegistry.h"
#include "data/TableId.h"
#include "features/ClientRecord.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace credit::records {

namespace {

constexpr std::size_t kHeaderLines = 1;

// Adds the time from its construction to its destruction to `total`.
class PhaseTimer {
public:
    explicit PhaseTimer(double& total) : total_(total) {}
    ~PhaseTimer()
    {
        total_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;

private:
    double& total_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

std::size_t lineOf(std::size_t row)
{
    return row + kHeaderLines + 1;
}

// History rows pointing at no applicant: reported, since the import stores history only
// inside a client's file.
void reportOrphans(const data::HomeCreditDataset& dataset,
                   const std::unordered_set<long long>& applicants, ImportReport& report)
{
    using data::TableId;
    const std::pair<TableId, const std::optional<data::Table>*> byClient[]{
        {TableId::Bureau, &dataset.bureau},
        {TableId::PreviousApplication, &dataset.previousApplications},
        {TableId::PosCashBalance, &dataset.posCashBalance},
        {TableId::InstallmentsPayments, &dataset.installmentsPayments},
        {TableId::CreditCardBalance, &dataset.creditCardBalance}};
    for (const auto& [id, table] : byClient) {
        if (!*table)
            continue;
        const auto& keys = (*table)->column("SK_ID_CURR");
        for (std::size_t row = 0; row < keys.size(); ++row) {
            const auto key = static_cast<long long>(keys.number(row));
            if (!applicants.contains(key))
                report.rejected.push_back(
                    {std::string(data::fileName(id)), lineOf(row),
                     "SK_ID_CURR " + std::to_string(key) + " matches no applicant"});
        }
    }
    if (dataset.bureauBalance) {
        std::unordered_set<long long> bureauIds;
        if (dataset.bureau) {
            const auto& ids = dataset.bureau->column("SK_ID_BUREAU");
            for (std::size_t row = 0; row < ids.size(); ++row)
                bureauIds.insert(static_cast<long long>(ids.number(row)));
        }
        const auto& keys = dataset.bureauBalance->column("SK_ID_BUREAU");
        for (std::size_t row = 0; row < keys.size(); ++row) {
            const auto key = static_cast<long long>(keys.number(row));
            if (!bureauIds.contains(key))
                report.rejected.push_back(
                    {std::string(data::fileName(TableId::BureauBalance)), lineOf(row),
                     "SK_ID_BUREAU " + std::to_string(key) + " matches no bureau credit"});
        }
    }
}

} // namespace

ImportReport importPortfolio(const std::filesystem::path& folder, ClientRepository& clients,
                             const ImportProgress& progress, std::size_t batchSize)
{
    ImportReport report;
    data::LoadOptions options;
    if (progress)
        options.progress = [&progress](data::TableId, std::size_t done, std::size_t total) {
            progress("reading", done, total);
            return true;
        };
    std::optional<PhaseTimer> reading(std::in_place, report.timings.reading);
    auto dataset = data::HomeCreditDataset::load(folder, options);
    report.warnings = dataset.warnings;
    const bool loadedTrain = dataset.hasTarget();

    // The load takes one applicant file; the other one shares the history tables.
    std::vector<std::pair<data::TableId, data::Table>> applicantFiles;
    applicantFiles.emplace_back(loadedTrain ? data::TableId::ApplicationTrain
                                            : data::TableId::ApplicationTest,
                                std::move(dataset.applications));
    const auto testFile = folder / data::fileName(data::TableId::ApplicationTest);
    if (loadedTrain && std::filesystem::is_regular_file(testFile)) {
        auto test =
            data::CsvReader(data::SchemaRegistry::builtIn().table(data::TableId::ApplicationTest))
                .readFile(testFile);
        report.warnings.insert(report.warnings.end(), test.warnings.begin(), test.warnings.end());
        applicantFiles.emplace_back(data::TableId::ApplicationTest, std::move(test.table));
    }
    reading.reset();

    std::size_t totalApplicants = 0;
    for (const auto& [id, table] : applicantFiles)
        totalApplicants += table.rowCount();
    std::unordered_set<long long> seen;
    seen.reserve(totalApplicants);
    std::size_t stored = 0;
    for (auto& [fileId, table] : applicantFiles) {
        const bool isTrain = fileId == data::TableId::ApplicationTrain;
        const std::string file(data::fileName(fileId));
        dataset.applications = std::move(table);
        std::optional<PhaseTimer> indexing(std::in_place, report.timings.preparing);
        const features::ClientExtractor extractor(dataset);
        indexing.reset();
        const auto& ids = dataset.applications.column("SK_ID_CURR");
        std::vector<ClientFile> batch;
        batch.reserve(batchSize);
        const auto flush = [&] {
            {
                const PhaseTimer writing(report.timings.writing);
                clients.replaceClients(batch);
            }
            stored += batch.size();
            batch.clear();
            if (progress)
                progress("storing", stored, totalApplicants);
        };
        for (std::size_t row = 0; row < dataset.applications.rowCount(); ++row) {
            const auto id = static_cast<long long>(ids.number(row));
            if (id >= kFirstApplicationId) {
                report.rejected.push_back({file, lineOf(row),
                                           "SK_ID_CURR " + std::to_string(id) +
                                               " lies in the range reserved for new "
                                               "applications (from " +
                                               std::to_string(kFirstApplicationId) + ")"});
                continue;
            }
            if (!seen.insert(id).second) {
                report.rejected.push_back(
                    {file, lineOf(row),
                     "SK_ID_CURR " + std::to_string(id) + " appears more than once"});
                continue;
            }
            std::optional<PhaseTimer> preparing(std::in_place, report.timings.preparing);
            const auto client = extractor.extract(row);
            ClientFile clientFile;
            clientFile.summary =
                summarize(client.data.applications, 0,
                          isTrain ? QStringLiteral("train") : QStringLiteral("test"));
            clientFile.recordJson =
                QByteArray::fromStdString(data::clientRecordToJson(client.data, 0).dump());
            batch.push_back(std::move(clientFile));
            preparing.reset();
            (isTrain ? report.trainClients : report.testClients) += 1;
            if (batch.size() >= batchSize)
                flush();
        }
        if (!batch.empty())
            flush();
        table = std::move(dataset.applications);
    }
    reportOrphans(dataset, seen, report);
    return report;
}

} // namespace credit::records
