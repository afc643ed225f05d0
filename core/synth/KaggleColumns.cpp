#include "synth/KaggleColumns.h"

#include "data/SchemaRegistry.h"

#include <stdexcept>

namespace credit::data {
// Defined in core/data/BuiltInSchema.cpp (generated from the real files' headers).
std::vector<TableSchema> builtInTables();
} // namespace credit::data

namespace credit::synth {

std::vector<std::string> kaggleColumns(data::TableId table)
{
    static const std::vector<data::TableSchema> tables = data::builtInTables();
    for (const auto& schema : tables) {
        if (schema.id != table)
            continue;
        std::vector<std::string> names;
        for (const auto& column : schema.columns)
            names.push_back(column.name);
        return names;
    }
    throw std::logic_error("synthetic generator: no built-in schema for " +
                           std::string(data::fileName(table)));
}

} // namespace credit::synth
