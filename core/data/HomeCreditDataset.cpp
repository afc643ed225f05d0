#include "data/HomeCreditDataset.h"

#include "data/CsvReader.h"
#include "data/DataError.h"
#include "data/SchemaRegistry.h"

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

namespace credit::data {

std::size_t IntegrityReport::orphanRows(TableId table, std::string_view key) const
{
    for (const auto& orphan : orphans)
        if (orphan.table == table && orphan.key == key)
            return orphan.rows;
    return 0;
}

const Table* HomeCreditDataset::related(TableId id) const
{
    const auto fromOptional = [](const std::optional<Table>& table) {
        return table ? &*table : nullptr;
    };
    switch (id) {
    case TableId::ApplicationTrain:
    case TableId::ApplicationTest:
        return applications.name() == tableName(id) ? &applications : nullptr;
    case TableId::Bureau:
        return fromOptional(bureau);
    case TableId::BureauBalance:
        return fromOptional(bureauBalance);
    case TableId::PreviousApplication:
        return fromOptional(previousApplications);
    case TableId::PosCashBalance:
        return fromOptional(posCashBalance);
    case TableId::InstallmentsPayments:
        return fromOptional(installmentsPayments);
    case TableId::CreditCardBalance:
        return fromOptional(creditCardBalance);
    }
    return nullptr;
}

namespace {

std::optional<Table>& slotFor(HomeCreditDataset& dataset, TableId id)
{
    switch (id) {
    case TableId::Bureau:
        return dataset.bureau;
    case TableId::BureauBalance:
        return dataset.bureauBalance;
    case TableId::PreviousApplication:
        return dataset.previousApplications;
    case TableId::PosCashBalance:
        return dataset.posCashBalance;
    case TableId::InstallmentsPayments:
        return dataset.installmentsPayments;
    case TableId::CreditCardBalance:
        return dataset.creditCardBalance;
    default:
        throw std::logic_error("an applicant table is not a related table");
    }
}

constexpr TableId kRelatedTables[] = {
    TableId::Bureau,         TableId::BureauBalance,        TableId::PreviousApplication,
    TableId::PosCashBalance, TableId::InstallmentsPayments, TableId::CreditCardBalance,
};

bool isFile(const std::filesystem::path& path)
{
    std::error_code error;
    return std::filesystem::is_regular_file(path, error);
}

std::size_t sizeOf(const std::filesystem::path& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    return error ? 0 : static_cast<std::size_t>(size);
}

// Keys are whole numbers stored as doubles; a missing key (NaN) matches no parent.
std::unordered_set<std::int64_t> keySet(const Table& table, std::string_view key)
{
    std::unordered_set<std::int64_t> keys;
    const auto* column = table.find(key);
    if (column == nullptr || column->isCategory())
        return keys;
    const auto values = column->numbers();
    keys.reserve(values.size());
    for (const double value : values)
        if (!std::isnan(value))
            keys.insert(static_cast<std::int64_t>(value));
    return keys;
}

std::size_t countOrphans(const Table& child, std::string_view key,
                         const std::unordered_set<std::int64_t>* parentKeys)
{
    const auto* column = child.find(key);
    if (column == nullptr || column->isCategory())
        return child.rowCount();
    const auto values = column->numbers();
    if (parentKeys == nullptr)
        return values.size(); // no parent table at all: no row can match
    std::size_t orphans = 0;
    for (const double value : values)
        if (std::isnan(value) || parentKeys->count(static_cast<std::int64_t>(value)) == 0)
            ++orphans;
    return orphans;
}

} // namespace

HomeCreditDataset HomeCreditDataset::load(const std::filesystem::path& folder,
                                          const LoadOptions& options)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw DataError(folder.string() + ": no such data folder");

    // The requested applicant file first; the other one as a fallback with a warning, so a
    // folder holding only application_test.csv can still be validated and scored (hasTarget()
    // then says there is no TARGET to train on).
    const bool wantTest = options.applicants == LoadOptions::Applicants::Test;
    const TableId wanted = wantTest ? TableId::ApplicationTest : TableId::ApplicationTrain;
    const TableId fallback = wantTest ? TableId::ApplicationTrain : TableId::ApplicationTest;
    HomeCreditDataset dataset;
    TableId applicantTable = wanted;
    if (!isFile(folder / fileName(wanted))) {
        if (!isFile(folder / fileName(fallback)))
            throw DataError(
                (folder / fileName(wanted)).string() + ": no such file (the folder holds neither " +
                std::string(fileName(wanted)) + " nor " + std::string(fileName(fallback)) + ")");
        applicantTable = fallback;
        dataset.warnings.push_back((folder / fileName(wanted)).string() + " is absent; loaded " +
                                   std::string(fileName(fallback)) + " instead");
    }

    // One progress scale over every file present, so a single bar covers the whole load.
    std::vector<TableId> toLoad{applicantTable};
    for (const auto id : kRelatedTables)
        if (isFile(folder / fileName(id)))
            toLoad.push_back(id);
    std::size_t totalBytes = 0;
    for (const auto id : toLoad)
        totalBytes += sizeOf(folder / fileName(id));

    std::size_t bytesBefore = 0;
    const auto& registry = SchemaRegistry::builtIn();
    for (const auto id : toLoad) {
        const auto path = folder / fileName(id);
        ByteProgress progress;
        if (options.progress)
            progress = [&, id](std::size_t done, std::size_t) {
                return options.progress(id, bytesBefore + done, totalBytes);
            };
        auto result = CsvReader(registry.table(id)).readFile(path, progress);
        dataset.warnings.insert(dataset.warnings.end(), result.warnings.begin(),
                                result.warnings.end());
        if (id == applicantTable)
            dataset.applications = std::move(result.table);
        else
            slotFor(dataset, id) = std::move(result.table);
        bytesBefore += sizeOf(path);
    }
    dataset.checkIntegrity();
    return dataset;
}

void HomeCreditDataset::checkIntegrity()
{
    integrity = {};
    const auto applicantKeys = keySet(applications, "SK_ID_CURR");
    std::optional<std::unordered_set<std::int64_t>> bureauKeys;
    if (bureau)
        bureauKeys = keySet(*bureau, "SK_ID_BUREAU");
    std::optional<std::unordered_set<std::int64_t>> previousKeys;
    if (previousApplications)
        previousKeys = keySet(*previousApplications, "SK_ID_PREV");
    const TableId applicantId = applications.name() == tableName(TableId::ApplicationTest)
                                    ? TableId::ApplicationTest
                                    : TableId::ApplicationTrain;

    if (const auto* ids = applications.find("SK_ID_CURR"); ids && !ids->isCategory()) {
        std::unordered_map<std::int64_t, std::size_t> firstRowOf;
        const auto values = ids->numbers();
        firstRowOf.reserve(values.size());
        for (std::size_t row = 0; row < values.size(); ++row) {
            if (std::isnan(values[row]))
                continue;
            const auto key = static_cast<std::int64_t>(values[row]);
            const auto [found, inserted] = firstRowOf.emplace(key, row);
            if (inserted)
                continue;
            ++integrity.duplicateApplicantRows;
            if (integrity.duplicateApplicants.size() < 20)
                integrity.duplicateApplicants.push_back(
                    {static_cast<long long>(key), found->second + 1, row + 1});
        }
    }

    const auto check = [this](TableId child, const std::optional<Table>& table,
                              std::string_view key, TableId parent,
                              const std::unordered_set<std::int64_t>* parentKeys) {
        if (!table)
            return;
        integrity.orphans.push_back(
            {child, std::string(key), parent, countOrphans(*table, key, parentKeys)});
    };
    const auto* previous = previousKeys ? &*previousKeys : nullptr;
    check(TableId::Bureau, bureau, "SK_ID_CURR", applicantId, &applicantKeys);
    check(TableId::BureauBalance, bureauBalance, "SK_ID_BUREAU", TableId::Bureau,
          bureauKeys ? &*bureauKeys : nullptr);
    check(TableId::PreviousApplication, previousApplications, "SK_ID_CURR", applicantId,
          &applicantKeys);
    check(TableId::PosCashBalance, posCashBalance, "SK_ID_CURR", applicantId, &applicantKeys);
    check(TableId::PosCashBalance, posCashBalance, "SK_ID_PREV", TableId::PreviousApplication,
          previous);
    check(TableId::InstallmentsPayments, installmentsPayments, "SK_ID_CURR", applicantId,
          &applicantKeys);
    check(TableId::InstallmentsPayments, installmentsPayments, "SK_ID_PREV",
          TableId::PreviousApplication, previous);
    check(TableId::CreditCardBalance, creditCardBalance, "SK_ID_CURR", applicantId, &applicantKeys);
    check(TableId::CreditCardBalance, creditCardBalance, "SK_ID_PREV", TableId::PreviousApplication,
          previous);
}

void HomeCreditDataset::requireUniqueApplicants() const
{
    if (integrity.duplicateApplicants.empty())
        return;
    const auto& first = integrity.duplicateApplicants.front();
    throw DataError(applications.name() + ".csv: SK_ID_CURR " + std::to_string(first.key) +
                    " appears on data rows " + std::to_string(first.firstRow) + " and " +
                    std::to_string(first.row) + " (" +
                    std::to_string(integrity.duplicateApplicantRows) +
                    " duplicated applicant row(s) in all); each applicant must appear once, "
                    "so remove the duplicates (credit-scoring validate lists them)");
}

} // namespace credit::data
