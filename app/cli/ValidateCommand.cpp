// credit-scoring validate: loads a Home Credit folder the way training will, and reports what it
// found, so the data team learns about a broken export before a long training run.
#include "CommandLine.h"
#include "TerminalProgressBar.h"
#include "data/HomeCreditDataset.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace credit::cli {
namespace {

void printTables(const data::HomeCreditDataset& dataset)
{
    std::printf("%-26s %12s %8s\n", "table", "rows", "columns");
    for (const auto id : data::kAllTables) {
        const auto name = std::string(data::tableName(id));
        if (const auto* table = dataset.related(id))
            std::printf("%-26s %12zu %8zu\n", name.c_str(), table->rowCount(),
                        table->columnCount());
        else if (id != data::TableId::ApplicationTrain && id != data::TableId::ApplicationTest)
            std::printf("%-26s %12s\n", name.c_str(), "absent");
    }
}

void printIntegrity(const data::HomeCreditDataset& dataset)
{
    std::printf("\nKey integrity (rows whose key matches no parent row; they are kept):\n");
    if (dataset.integrity.orphans.empty()) {
        std::printf("  no related table to check\n");
        return;
    }
    for (const auto& orphan : dataset.integrity.orphans) {
        const auto* child = dataset.related(orphan.table);
        const auto link = std::string(data::tableName(orphan.table)) + "." + orphan.key + " -> " +
                          std::string(data::tableName(orphan.parent));
        std::printf("  %-58s %8zu of %zu\n", link.c_str(), orphan.rows,
                    child ? child->rowCount() : std::size_t{0});
    }
}

} // namespace

int runValidate(const std::vector<std::string>& arguments)
{
    const CommandLine commandLine(arguments, {"data", "applicants"}, {});
    const auto folder = commandLine.required("data");
    const auto applicants = commandLine.valueOr("applicants", "train");
    if (applicants != "train" && applicants != "test")
        throw UsageError("--applicants expects 'train' or 'test', got '" + applicants + "'");

    data::LoadOptions options;
    options.applicants = applicants == "test" ? data::LoadOptions::Applicants::Test
                                              : data::LoadOptions::Applicants::Train;
    TerminalProgressBar progressBar("loading");
    options.progress = [&progressBar](data::TableId, std::size_t done, std::size_t total) {
        progressBar.update(done, total);
        return true;
    };
    const auto dataset = data::HomeCreditDataset::load(folder, options);
    progressBar.finish();

    std::printf("Data folder: %s\n\n", folder.c_str());
    printTables(dataset);
    std::printf("\nWarnings (%zu):\n", dataset.warnings.size());
    for (const auto& warning : dataset.warnings)
        std::printf("  - %s\n", warning.c_str());
    if (dataset.warnings.empty())
        std::printf("  none\n");
    printIntegrity(dataset);
    std::printf("\nTARGET column: %s\n",
                dataset.hasTarget() ? "present (training data)" : "absent (scoring data)");
    // Duplicated applicants make the folder unusable for scoring and training: an error.
    const auto& duplicates = dataset.integrity.duplicateApplicants;
    if (duplicates.empty())
        return 0;
    std::printf("\nDuplicated applicants: %zu row(s) repeat an SK_ID_CURR of %s.csv:\n",
                dataset.integrity.duplicateApplicantRows, dataset.applications.name().c_str());
    for (const auto& duplicate : duplicates)
        std::printf("  SK_ID_CURR %lld on data rows %zu and %zu\n", duplicate.key,
                    duplicate.firstRow, duplicate.row);
    if (dataset.integrity.duplicateApplicantRows > duplicates.size())
        std::printf("  ... and %zu more\n",
                    dataset.integrity.duplicateApplicantRows - duplicates.size());
    return 1;
}

} // namespace credit::cli
