#pragma once

#include "records/ClientRepository.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace credit::records {

// A row the import did not store, and why: nothing is dropped without being reported.
struct RejectedRow {
    std::string file;
    std::size_t line = 0; // physical line (the header is line 1; Home Credit records are one line)
    std::string reason;
};

// Where the import's wall-clock time went, in seconds, so a slow import can be explained
// (docs/performance.md, "Import").
struct ImportTimings {
    double reading = 0;   // parsing the CSV files into tables
    double preparing = 0; // cutting clients out of the tables, their JSON and compression,
                          // summed over the worker threads that do it beside the writes
    double writing = 0;   // the database's statements (one transaction per batch)
    double waiting = 0;   // the writer waiting for the next batch to be prepared
};

struct ImportReport {
    std::size_t trainClients = 0;
    std::size_t testClients = 0;
    std::vector<RejectedRow> rejected;
    std::vector<std::string> warnings; // absent optional files or columns, from the reader
    ImportTimings timings;
};

// Reports work done: `stage` is "reading" (bytes of CSV) or "storing" (clients written).
using ImportProgress =
    std::function<void(std::string_view stage, std::size_t done, std::size_t total)>;

// Loads a Home Credit folder (application_train.csv and/or application_test.csv and the six
// history tables) into the repository, one JSON document per client. Each client's file is
// replaced whole; `batchSize` clients are written per transaction, so an interrupted import
// leaves every client either with its old file or its new one, never half of each. Files are
// prepared on worker threads (ClientRepository::prepare) while the calling thread writes;
// `progress` is called on the calling thread only, and an error from either side stops the
// import with nothing after the last committed batch written.
//
// Rejected, not stored: applicants whose SK_ID_CURR was already seen (in either applicant
// file) or lies in the range reserved for new applications; history rows whose key matches no
// applicant (or, for bureau_balance, no bureau credit). A cell the reader cannot parse stops the
// import before anything is written, with the file, line and column (DataError).
ImportReport importPortfolio(const std::filesystem::path& folder, ClientRepository& clients,
                             const ImportProgress& progress = {}, std::size_t batchSize = 500);

} // namespace credit::records
