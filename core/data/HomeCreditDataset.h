#pragma once

#include "data/Table.h"
#include "data/TableId.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace credit::data {

// Rows of a child table whose key matches no parent row. They are kept in the tables (never
// silently dropped) and counted here so the user can see how consistent the export is.
struct OrphanCount {
    TableId table;
    std::string key;      // the key column checked, e.g. "SK_ID_CURR"
    TableId parent;       // the table the key should point into
    std::size_t rows = 0; // rows whose key matches no parent row
};

// An applicant key (SK_ID_CURR) found on more than one applicant row: the same client would be
// scored twice, possibly with different decisions.
struct DuplicateApplicant {
    long long key = 0;
    std::size_t firstRow = 0; // 1-based data rows (the header not counted)
    std::size_t row = 0;
};

struct IntegrityReport {
    std::vector<OrphanCount> orphans;
    std::vector<DuplicateApplicant> duplicateApplicants; // at most the first 20 found
    std::size_t duplicateApplicantRows = 0;              // all of them
    std::size_t orphanRows(TableId table, std::string_view key) const;
};

// Progress of a long load: which file is being read, and bytes done and total over all the files
// of the load (one scale, so a single bar covers the whole folder). Return false to cancel: the
// load then throws LoadCancelled.
using LoadProgress =
    std::function<bool(TableId table, std::size_t bytesDone, std::size_t bytesTotal)>;

struct LoadOptions {
    // Which applicant file to load when the folder has both.
    enum class Applicants { Train, Test } applicants = Applicants::Train;
    LoadProgress progress;
};

// A folder in the Kaggle layout loaded into typed tables. Only the applicant file is required;
// any related table may be absent (its features are then missing, and the pipeline still runs).
struct HomeCreditDataset {
    Table applications;
    std::optional<Table> bureau;
    std::optional<Table> bureauBalance;
    std::optional<Table> previousApplications;
    std::optional<Table> posCashBalance;
    std::optional<Table> installmentsPayments;
    std::optional<Table> creditCardBalance;

    IntegrityReport integrity;
    std::vector<std::string> warnings; // e.g. optional columns absent from a file

    bool hasTarget() const { return applications.hasColumn("TARGET"); }
    const Table* related(TableId id) const;

    // Throws DataError naming the file when the applicant file is absent or malformed. When the
    // requested applicant file is absent but the other one exists, that one is loaded and a
    // warning says so (hasTarget() then tells train from test). Related files absent stay
    // std::nullopt. DAYS_* values are kept as written (365243 included).
    static HomeCreditDataset load(const std::filesystem::path& folder,
                                  const LoadOptions& options = {});
    // Recomputes `integrity` from the tables (after tables were built or edited in memory). One
    // entry per link whose child table is present; a missing key counts as an orphan, and when
    // the parent table is absent every child row does.
    void checkIntegrity();
    // Throws DataError naming the applicant file and the first duplicated SK_ID_CURR (with its
    // rows) when an applicant appears more than once: scoring or training would count them twice.
    void requireUniqueApplicants() const;
};

} // namespace credit::data
