#pragma once

#include "data/ColumnKind.h"
#include "data/TableId.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace credit::data {

struct ColumnSchema {
    std::string name;
    ColumnKind kind;
    // A required column missing from a file is an error; an optional one becomes all-missing
    // with a warning.
    bool required = false;
    // Category levels seen in the real data, in a stable order (codes follow this order).
    std::vector<std::string> levels;
    // The human description from HomeCredit_columns_description.csv, when loaded.
    std::string description;
};

struct TableSchema {
    TableId id;
    std::vector<ColumnSchema> columns; // in the Kaggle file's column order

    const ColumnSchema* find(std::string_view column) const;
};

// Every column of the eight Home Credit files: name, kind, requiredness, known levels.
class SchemaRegistry {
public:
    // The built-in registry (schema facts compiled into the library).
    static const SchemaRegistry& builtIn();

    const TableSchema& table(TableId id) const;

    // Attaches descriptions read from the official HomeCredit_columns_description.csv
    // (cp1252, CRLF). Unknown rows are ignored; a malformed file throws DataError naming it.
    void loadDescriptions(const std::filesystem::path& descriptionCsv);

private:
    SchemaRegistry();
    std::vector<TableSchema> tables_;
};

} // namespace credit::data
