#include "records/PortfolioImport.h"

#include "data/ClientRecordJson.h"
#include "data/CsvReader.h"
#include "data/SchemaRegistry.h"
#include "data/TableId.h"
#include "features/ClientRecord.h"

#include <atomic>
#include <chrono>
#include <deque>
#include <future>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace credit::records {

namespace {

constexpr std::size_t kHeaderLines = 1;
// Batches being prepared while one is written: enough to keep two cores busy, few enough that
// memory stays a handful of batches.
constexpr std::size_t kBatchesInFlight = 3;

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
    std::atomic<long long> preparingNanoseconds{0};
    for (auto& [fileId, table] : applicantFiles) {
        const bool isTrain = fileId == data::TableId::ApplicationTrain;
        const std::string file(data::fileName(fileId));
        dataset.applications = std::move(table);

        // Which rows become clients: decided here, in file order, so every rejection is reported
        // with its line before any worker starts.
        std::vector<std::size_t> rows;
        rows.reserve(dataset.applications.rowCount());
        const auto& ids = dataset.applications.column("SK_ID_CURR");
        for (std::size_t row = 0; row < dataset.applications.rowCount(); ++row) {
            const auto id = static_cast<long long>(ids.number(row));
            if (id >= kFirstApplicationId)
                report.rejected.push_back({file, lineOf(row),
                                           "SK_ID_CURR " + std::to_string(id) +
                                               " lies in the range reserved for new "
                                               "applications (from " +
                                               std::to_string(kFirstApplicationId) + ")"});
            else if (!seen.insert(id).second)
                report.rejected.push_back(
                    {file, lineOf(row),
                     "SK_ID_CURR " + std::to_string(id) + " appears more than once"});
            else
                rows.push_back(row);
        }
        (isTrain ? report.trainClients : report.testClients) += rows.size();

        std::optional<PhaseTimer> indexing(std::in_place, report.timings.preparing);
        const features::ClientExtractor extractor(dataset);
        indexing.reset();
        const QString origin = isTrain ? QStringLiteral("train") : QStringLiteral("test");
        // Cutting clients out of the tables, their JSON and its compression are most of the
        // import's CPU: worker threads prepare the next batches while this thread writes the
        // current one, in file order. The futures are declared after what they read, so on an
        // exception they are waited for before it goes away.
        const auto prepareBatch = [&](std::size_t first, std::size_t last) {
            const auto start = std::chrono::steady_clock::now();
            std::vector<PreparedClientFile> batch;
            batch.reserve(last - first);
            for (std::size_t i = first; i < last; ++i) {
                const auto client = extractor.extract(rows[i]);
                ClientFile clientFile;
                clientFile.summary = summarize(client.data.applications, 0, origin);
                clientFile.recordJson =
                    QByteArray::fromStdString(data::clientRecordToJsonText(client.data));
                batch.push_back(clients.prepare(clientFile));
            }
            preparingNanoseconds += std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::steady_clock::now() - start)
                                        .count();
            return batch;
        };
        std::deque<std::future<std::vector<PreparedClientFile>>> inFlight;
        std::size_t nextRow = 0;
        const auto launchUpTo = [&](std::size_t batches) {
            while (inFlight.size() < batches && nextRow < rows.size()) {
                const auto last = std::min(rows.size(), nextRow + batchSize);
                inFlight.push_back(std::async(std::launch::async, prepareBatch, nextRow, last));
                nextRow = last;
            }
        };
        launchUpTo(kBatchesInFlight);
        while (!inFlight.empty()) {
            std::vector<PreparedClientFile> batch;
            {
                const PhaseTimer waiting(report.timings.waiting);
                batch = inFlight.front().get();
            }
            inFlight.pop_front();
            launchUpTo(kBatchesInFlight);
            {
                const PhaseTimer writing(report.timings.writing);
                clients.replacePrepared(batch);
            }
            stored += batch.size();
            if (progress)
                progress("storing", stored, totalApplicants);
        }
        table = std::move(dataset.applications);
    }
    report.timings.preparing += static_cast<double>(preparingNanoseconds.load()) / 1e9;
    reportOrphans(dataset, seen, report);
    return report;
}

} // namespace credit::records
