// The CSV reader (CsvCursor + CsvReader) against one of the eight Home Credit schemas.
// Input: first byte picks the table, the rest is the file's text. A DataError is a clean
// refusal; anything else (a crash, another exception, a table whose columns disagree on their
// length) is a bug.
#include "FuzzSupport.h"
#include "data/CsvReader.h"
#include "data/DataError.h"
#include "data/SchemaRegistry.h"
#include "data/TableId.h"

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace credit;
    if (size == 0)
        return 0;
    // One reader per table, built once: copying a 122-column schema per input halved the speed.
    static const auto readers = [] {
        std::vector<data::CsvReader> built;
        for (const auto table : data::kAllTables)
            built.emplace_back(data::SchemaRegistry::builtIn().table(table));
        return built;
    }();
    const auto& reader = readers[data[0] % readers.size()];
    try {
        const auto result = reader.readText(fuzz::asText(data + 1, size - 1), "fuzz.csv");
        const auto rows = result.table.rowCount();
        if (result.table.columnCount() != reader.schema().columns.size())
            fuzz::invariantBroken("the table does not hold every schema column");
        for (const auto& column : result.table.columns())
            if (column.size() != rows)
                fuzz::invariantBroken("column " + column.name() + " has " +
                                      std::to_string(column.size()) + " rows, the table " +
                                      std::to_string(rows));
    } catch (const data::DataError&) {
    }
    return 0;
}
