#pragma once

#include "data/SchemaRegistry.h"
#include "data/Table.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace credit::data {

// Reports bytes parsed so far and the total; return false to cancel (the read then throws
// LoadCancelled).
using ByteProgress = std::function<bool(std::size_t bytesDone, std::size_t bytesTotal)>;

struct CsvReadResult {
    Table table;                       // every schema column, in schema order
    std::vector<std::string> warnings; // unknown columns ignored, optional columns absent
};

// Reads one Home Credit CSV file into a typed Table following its TableSchema.
//
// - RFC 4180 quoting; LF or CRLF; a UTF-8 byte-order mark is skipped; blank lines are skipped.
// - Columns are matched by header name in any order. A required column absent from the header
//   is a DataError; an optional one becomes all-missing with a warning; unknown columns are
//   ignored with a warning.
// - An empty field is a missing value. Numeric kinds parse with std::from_chars; Integer and Key
//   accept "1.0" but not "1.5"; Flag accepts Y/N (stored 1/0) and 0/1. DAYS_* values are kept as
//   written: the 365243 "no date" sentinel is left for the feature code to treat.
// - Category columns start with the schema's known levels so codes are stable across files;
//   unseen levels are added after them.
// Errors name the source, the physical line where the record starts and the column.
class CsvReader {
public:
    explicit CsvReader(TableSchema schema);

    // Reads the whole file into memory, then parses it.
    CsvReadResult readFile(const std::filesystem::path& file,
                           const ByteProgress& progress = {}) const;
    // Parses CSV text already in memory; `sourceName` is used in messages.
    CsvReadResult readText(std::string_view text, std::string_view sourceName,
                           const ByteProgress& progress = {}) const;

    const TableSchema& schema() const { return schema_; }

private:
    TableSchema schema_;
};

// Reads a whole file into a string; throws DataError naming the path when it cannot.
std::string readWholeFile(const std::filesystem::path& file);

} // namespace credit::data
