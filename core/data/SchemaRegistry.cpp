#include "data/SchemaRegistry.h"

#include "data/Cp1252.h"
#include "data/CsvCursor.h"
#include "data/CsvReader.h"
#include "data/DataError.h"

#include <algorithm>

namespace credit::data {

// Generated into BuiltInSchema.cpp by scripts/generate_schema.py.
std::vector<TableSchema> builtInTables();

const ColumnSchema* TableSchema::find(std::string_view column) const
{
    const auto found = std::find_if(columns.begin(), columns.end(),
                                    [column](const ColumnSchema& c) { return c.name == column; });
    return found == columns.end() ? nullptr : &*found;
}

SchemaRegistry::SchemaRegistry() : tables_(builtInTables())
{
    // The generator takes each table's levels from its own file, and application_test.csv is a
    // sample that lacks rare levels of application_train.csv ("Hotel", "Industry: type 13",
    // ...). The test schema also validates the JSON client record of the API and the app, so a
    // real training applicant from such an organisation was refused. Every level the model can
    // have learned is accepted; added at the end so the generated levels keep their positions.
    const auto train = std::find_if(tables_.begin(), tables_.end(), [](const TableSchema& t) {
        return t.id == TableId::ApplicationTrain;
    });
    const auto test = std::find_if(tables_.begin(), tables_.end(), [](const TableSchema& t) {
        return t.id == TableId::ApplicationTest;
    });
    if (train == tables_.end() || test == tables_.end())
        return;
    for (auto& column : test->columns) {
        const auto* learned = train->find(column.name);
        if (column.kind != ColumnKind::Category || learned == nullptr)
            continue;
        for (const auto& level : learned->levels)
            if (std::find(column.levels.begin(), column.levels.end(), level) == column.levels.end())
                column.levels.push_back(level);
    }
}

const SchemaRegistry& SchemaRegistry::builtIn()
{
    static const SchemaRegistry registry;
    return registry;
}

const TableSchema& SchemaRegistry::table(TableId id) const
{
    const auto found = std::find_if(tables_.begin(), tables_.end(),
                                    [id](const TableSchema& t) { return t.id == id; });
    if (found == tables_.end())
        throw DataError("the schema registry has no table " + std::string(tableName(id)));
    return *found;
}

const ColumnSchema* SchemaRegistry::find(TableId id, std::string_view column) const
{
    return table(id).find(column);
}

void SchemaRegistry::loadDescriptions(const std::filesystem::path& descriptionCsv)
{
    loadDescriptionsFromText(readWholeFile(descriptionCsv), descriptionCsv.string());
}

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// The description file names tables by file; both application files share one entry.
std::vector<TableId> tablesNamed(std::string_view tableFile)
{
    if (tableFile == "application_{train|test}.csv")
        return {TableId::ApplicationTrain, TableId::ApplicationTest};
    for (const auto id : kAllTables)
        if (fileName(id) == tableFile)
            return {id};
    return {};
}

} // namespace

void SchemaRegistry::loadDescriptionsFromText(std::string_view cp1252Text,
                                              std::string_view sourceName)
{
    const auto text = cp1252ToUtf8(cp1252Text);
    CsvCursor cursor(text, sourceName);
    if (!cursor.skipBlankLines())
        throw DataError(std::string(sourceName) + ": the column description file is empty");
    cursor.beginRecord();
    std::vector<std::string> header;
    for (;;) {
        const auto field = cursor.nextField();
        header.emplace_back(trim(field.text));
        if (field.endsRecord)
            break;
    }
    const auto indexOf = [&](std::string_view name) -> std::size_t {
        const auto found = std::find(header.begin(), header.end(), name);
        if (found == header.end())
            throw DataError(std::string(sourceName) + ": not a column description file (no " +
                            std::string(name) + " column in its header)");
        return static_cast<std::size_t>(found - header.begin());
    };
    const auto tableIndex = indexOf("Table");
    const auto rowIndex = indexOf("Row");
    const auto descriptionIndex = indexOf("Description");

    std::vector<std::string> fields;
    while (cursor.skipBlankLines()) {
        cursor.beginRecord();
        fields.clear();
        for (;;) {
            const auto field = cursor.nextField();
            fields.emplace_back(field.text);
            if (field.endsRecord)
                break;
        }
        if (fields.size() != header.size())
            cursor.fail("expected " + std::to_string(header.size()) +
                        " fields as in the header but found " + std::to_string(fields.size()));
        auto columnName = trim(fields[rowIndex]);
        // The official file spells the bureau key SK_BUREAU_ID; the data files say SK_ID_BUREAU.
        if (columnName == "SK_BUREAU_ID")
            columnName = "SK_ID_BUREAU";
        for (const auto id : tablesNamed(trim(fields[tableIndex]))) {
            for (auto& schema : tables_) {
                if (schema.id != id)
                    continue;
                for (auto& column : schema.columns)
                    if (column.name == columnName)
                        column.description = trim(fields[descriptionIndex]);
            }
        }
    }
}

} // namespace credit::data
