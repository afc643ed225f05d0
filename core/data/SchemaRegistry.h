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
    // The column's schema, or nullptr when the table has no such column.
    const ColumnSchema* find(TableId id, std::string_view column) const;

    // Attaches descriptions read from the official HomeCredit_columns_description.csv
    // (cp1252, CRLF). Unknown rows are ignored; a malformed file throws DataError naming it.
    // builtIn() is shared and const: call this on a copy (`auto registry = builtIn();`).
    void loadDescriptions(const std::filesystem::path& descriptionCsv);
    // The same from text already in memory (cp1252 bytes); `sourceName` is used in messages.
    void loadDescriptionsFromText(std::string_view cp1252Text, std::string_view sourceName);

private:
    SchemaRegistry();
    std::vector<TableSchema> tables_;
};

} // namespace credit::data
