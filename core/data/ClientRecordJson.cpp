#include "data/ClientRecordJson.h"

#include "data/ClientRecordInput.h"
#include "data/SchemaRegistry.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_set>

namespace credit::data {

namespace {

using nlohmann::json;

struct HistoryTable {
    TableId id;
    std::optional<Table> HomeCreditDataset::*member;
};

constexpr HistoryTable kHistoryTables[] = {
    {TableId::Bureau, &HomeCreditDataset::bureau},
    {TableId::BureauBalance, &HomeCreditDataset::bureauBalance},
    {TableId::PreviousApplication, &HomeCreditDataset::previousApplications},
    {TableId::PosCashBalance, &HomeCreditDataset::posCashBalance},
    {TableId::InstallmentsPayments, &HomeCreditDataset::installmentsPayments},
    {TableId::CreditCardBalance, &HomeCreditDataset::creditCardBalance},
};

std::optional<Table> HomeCreditDataset::*memberFor(TableId id)
{
    for (const auto& history : kHistoryTables)
        if (history.id == id)
            return history.member;
    throw std::logic_error("no dataset member for table " + std::string(tableName(id)));
}

Table buildEmptyTable(const TableSchema& schema)
{
    Table table(std::string(tableName(schema.id)));
    for (const auto& column : schema.columns) {
        auto& added = table.addColumn(column.name, column.kind);
        for (const auto& level : column.levels)
            added.internLevel(level);
    }
    return table;
}

// An empty table with the schema's columns and category levels. Built once per schema and
// copied: interning every level of every column for each scored request was a tenth of the
// API's time (perf). Only the built-in registry's schemas are cached (by address).
Table emptyTableFor(const TableSchema& schema)
{
    struct Prototype {
        const TableSchema* schema;
        Table table;
    };
    static const std::vector<Prototype> prototypes = [] {
        std::vector<Prototype> built;
        const auto& registry = SchemaRegistry::builtIn();
        for (const auto id : kRecordHistoryTables)
            built.push_back({&registry.table(id), buildEmptyTable(registry.table(id))});
        const auto& application = registry.table(TableId::ApplicationTest);
        built.push_back({&application, buildEmptyTable(application)});
        return built;
    }();
    for (const auto& prototype : prototypes)
        if (prototype.schema == &schema)
            return prototype.table;
    return buildEmptyTable(schema);
}

// Reads one JSON value into `column`, appending exactly one cell whatever happens, so the table
// stays rectangular while issues are collected.
// The field's name as issues report it ("bureau[2].AMT_CREDIT_SUM"), built only for an issue:
// concatenating it for every cell was a visible share of the API's request time.
// Where a row sits in the record: the application (no prefix) or "bureau[2]." (history rows).
struct RowPlace {
    std::string_view table; // empty for the application
    std::size_t index = 0;
    std::string prefix() const
    {
        return table.empty() ? std::string()
                             : std::string(table) + "[" + std::to_string(index) + "].";
    }
};

struct FieldName {
    const RowPlace& row;
    const std::string& column;
    operator std::string() const { return row.prefix() + column; }
};

void appendValue(Column& column, const ColumnSchema& schema, const CellInput& value,
                 const FieldName& field, bool checkRanges, std::vector<FieldIssue>& issues)
{
    using Type = CellInput::Type;
    if (value.type == Type::Null) {
        column.appendMissing();
        return;
    }
    if (schema.kind == ColumnKind::Category) {
        if (value.type != Type::String) {
            issues.push_back({field, FieldIssue::Code::WrongType,
                              "must be a text value, got " + std::string(value.typeName())});
            column.appendMissing();
            return;
        }
        const auto& text = value.text;
        if (checkRanges && !schema.levels.empty() && column.codeOf(text) == Column::kMissingCode) {
            std::string known;
            for (const auto& level : schema.levels)
                known += (known.empty() ? "" : ", ") + ("\"" + level + "\"");
            issues.push_back({field, FieldIssue::Code::UnknownLevel,
                              "unknown value \"" + text + "\"; expected one of " + known});
            column.appendMissing();
            return;
        }
        column.appendCategory(text);
        return;
    }
    double number = 0.0;
    if (value.type == Type::Number) {
        number = value.number;
    } else if (schema.kind == ColumnKind::Flag && value.type == Type::String &&
               (value.text == "Y" || value.text == "N")) {
        number = value.text == "Y" ? 1.0 : 0.0;
    } else if (schema.kind == ColumnKind::Flag && value.type == Type::Boolean) {
        number = value.boolean ? 1.0 : 0.0;
    } else {
        issues.push_back({field, FieldIssue::Code::WrongType,
                          std::string(schema.kind == ColumnKind::Flag ? "must be \"Y\" or \"N\""
                                                                      : "must be a number") +
                              ", got " + std::string(value.typeName())});
        column.appendMissing();
        return;
    }
    if (checkRanges) {
        if (auto issue = checkApplicationNumber(schema.name, schema.kind, number)) {
            issue->field = std::string(field);
            issues.push_back(std::move(*issue));
            column.appendMissing();
            return;
        }
    } else if (const auto problem = numberProblem(schema.kind, number); !problem.empty()) {
        issues.push_back(
            {field,
             std::isfinite(number) ? FieldIssue::Code::OutOfRange : FieldIssue::Code::WrongType,
             std::string(problem)});
        column.appendMissing();
        return;
    }
    column.appendNumber(number);
}

// The columns of a table built by emptyTableFor, in schema order: buildEmptyTable adds them in
// that order, so the i-th column is the schema's i-th (checked, not assumed).
std::vector<Column*> columnsInSchemaOrder(Table& table, const TableSchema& schema)
{
    std::vector<Column*> columns;
    columns.reserve(schema.columns.size());
    auto& stored = table.columns();
    for (std::size_t i = 0; i < schema.columns.size(); ++i) {
        const auto& name = schema.columns[i].name;
        columns.push_back(i < stored.size() && stored[i].name() == name ? &stored[i]
                                                                        : &table.column(name));
    }
    return columns;
}

// Appends one row read from JSON to the table whose columns are given in schema order.
// Fields absent from the object become missing.
void appendRow(const std::vector<Column*>& columns, const TableSchema& schema, const RowInput& row,
               const RowPlace& place, bool checkRanges, std::vector<FieldIssue>& issues)
{
    for (const auto& key : row.unknownKeys)
        issues.push_back({place.prefix() + key, FieldIssue::Code::UnknownField,
                          "is not a column of " + std::string(tableName(schema.id))});
    for (std::size_t index = 0; index < schema.columns.size(); ++index) {
        const auto& columnSchema = schema.columns[index];
        auto& column = *columns[index];
        if (!row.cells[index]) {
            column.appendMissing();
            continue;
        }
        appendValue(column, columnSchema, *row.cells[index], FieldName{place, columnSchema.name},
                    checkRanges, issues);
    }
}

json cellToJson(const Column& column, std::size_t row)
{
    if (column.isMissing(row))
        return nullptr;
    if (column.isCategory())
        return std::string(column.text(row));
    if (column.kind() == ColumnKind::Flag)
        return column.number(row) != 0.0 ? "Y" : "N";
    const double value = column.number(row);
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return static_cast<long long>(value);
    return value;
}

json rowToJson(const Table& table, std::size_t row, const std::unordered_set<std::string>& skipped)
{
    json object = json::object();
    for (const auto& column : table.columns()) {
        if (skipped.count(column.name()) || column.isMissing(row))
            continue;
        object[column.name()] = cellToJson(column, row);
    }
    return object;
}

std::vector<std::size_t> rowsWithKey(const Table& table, const std::string& key, double value)
{
    std::vector<std::size_t> rows;
    const auto* column = table.find(key);
    if (!column)
        return rows;
    const auto values = column->numbers();
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == value)
            rows.push_back(i);
    return rows;
}

// The one validation step both readers feed.
ClientRecordParse validate(const RecordInput& input)
{
    ClientRecordParse result;
    auto& issues = result.issues;
    if (!input.notAnObject.empty()) {
        issues.push_back({"", FieldIssue::Code::WrongType,
                          "the request body must be a JSON object, got " + input.notAnObject});
        return result;
    }
    const auto& registry = SchemaRegistry::builtIn();
    const auto& applicationSchema = registry.table(TableId::ApplicationTest);

    HomeCreditDataset dataset;
    dataset.applications = emptyTableFor(applicationSchema);
    appendRow(columnsInSchemaOrder(dataset.applications, applicationSchema), applicationSchema,
              input.application, RowPlace{}, true, issues);
    for (std::size_t index = 0; index < applicationSchema.columns.size(); ++index) {
        const auto& column = applicationSchema.columns[index];
        if (column.required && column.kind != ColumnKind::Key && !input.application.cells[index])
            issues.push_back({column.name, FieldIssue::Code::Required, "is required"});
    }
    auto& clientId = dataset.applications.column("SK_ID_CURR");
    if (clientId.isMissing(0))
        clientId.setNumber(0, 0.0); // a new application has no client number yet
    const double id = clientId.number(0);

    for (std::size_t h = 0; h < kRecordHistoryTables.size(); ++h) {
        const auto& history = input.histories[h];
        if (!history.present)
            continue;
        const auto tableId = kRecordHistoryTables[h];
        const std::string name(tableName(tableId));
        if (!history.notAnArray.empty()) {
            issues.push_back({name, FieldIssue::Code::WrongType,
                              "must be an array of rows, got " + history.notAnArray});
            continue;
        }
        const auto& schema = registry.table(tableId);
        auto table = emptyTableFor(schema);
        const auto columns = columnsInSchemaOrder(table, schema);
        auto* owner = table.find("SK_ID_CURR");
        for (const auto& row : history.rows) {
            const RowPlace place{name, row.arrayIndex};
            if (!row.notAnObject.empty()) {
                const auto prefix = place.prefix();
                issues.push_back({prefix.substr(0, prefix.size() - 1), FieldIssue::Code::WrongType,
                                  "must be an object, got " + row.notAnObject});
                continue;
            }
            appendRow(columns, schema, row, place, false, issues);
            if (owner) {
                const auto last = owner->size() - 1;
                if (owner->isMissing(last))
                    owner->setNumber(last, id);
                else if (owner->number(last) != id)
                    issues.push_back({place.prefix() + "SK_ID_CURR", FieldIssue::Code::OutOfRange,
                                      "must match the applicant's SK_ID_CURR"});
            }
        }
        dataset.*(memberFor(tableId)) = std::move(table);
    }
    if (issues.empty()) {
        dataset.checkIntegrity();
        result.record = std::move(dataset);
    }
    return result;
}

} // namespace

ClientRecordParse clientRecordFromJson(const nlohmann::json& body)
{
    return validate(readRecordInput(body));
}

ClientRecordParse clientRecordFromJsonText(std::string_view text)
{
    return validate(readRecordInputText(text));
}

HomeCreditDataset extractClient(const HomeCreditDataset& dataset, std::size_t row)
{
    HomeCreditDataset client;
    const std::size_t applicantRow[] = {row};
    client.applications = dataset.applications.selectRows(applicantRow);
    const double id = dataset.applications.column("SK_ID_CURR").number(row);
    std::vector<double> bureauIds;
    for (const auto& history : kHistoryTables) {
        const auto& source = dataset.*(history.member);
        if (!source)
            continue;
        std::vector<std::size_t> rows;
        if (history.id == TableId::BureauBalance) {
            for (const double bureauId : bureauIds) {
                const auto matching = rowsWithKey(*source, "SK_ID_BUREAU", bureauId);
                rows.insert(rows.end(), matching.begin(), matching.end());
            }
        } else {
            rows = rowsWithKey(*source, "SK_ID_CURR", id);
        }
        auto selected = source->selectRows(rows);
        if (history.id == TableId::Bureau)
            for (const double value : selected.column("SK_ID_BUREAU").numbers())
                bureauIds.push_back(value);
        client.*(history.member) = std::move(selected);
    }
    client.checkIntegrity();
    return client;
}

nlohmann::json clientRecordToJson(const HomeCreditDataset& dataset, std::size_t row)
{
    const auto client = extractClient(dataset, row);
    json body = rowToJson(client.applications, 0, {"TARGET"});
    for (const auto& history : kHistoryTables) {
        const auto& table = client.*(history.member);
        if (!table)
            continue;
        json rows = json::array();
        for (std::size_t i = 0; i < table->rowCount(); ++i)
            rows.push_back(rowToJson(*table, i, {"SK_ID_CURR"}));
        body[std::string(tableName(history.id))] = std::move(rows);
    }
    return body;
}

namespace {

// A table's columns in the order nlohmann's object (a std::map) writes its keys, minus `skipped`.
std::vector<const Column*> columnsByName(const Table& table, std::string_view skipped)
{
    std::vector<const Column*> columns;
    for (const auto& column : table.columns())
        if (column.name() != skipped)
            columns.push_back(&column);
    std::sort(columns.begin(), columns.end(),
              [](const Column* a, const Column* b) { return a->name() < b->name(); });
    return columns;
}

// Text JSON writes as it is: printable ASCII without quote or backslash (every column and table
// name, and the schema's category levels). Anything else goes through nlohmann's escaping.
bool needsNoEscaping(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c >= 0x20 && c != '"' && c != '\\' && c < 0x7f; });
}

void appendString(std::string& out, std::string_view text)
{
    if (needsNoEscaping(text)) {
        out += '"';
        out += text;
        out += '"';
    } else {
        out += json(text).dump();
    }
}

void appendKey(std::string& out, std::string_view key)
{
    appendString(out, key);
    out += ':';
}

// cellToJson(column, row).dump() without a serializer per cell (each one reads the locale).
void appendCell(std::string& out, const Column& column, std::size_t row)
{
    if (column.isMissing(row)) {
        out += "null";
        return;
    }
    if (column.isCategory()) {
        appendString(out, column.text(row));
        return;
    }
    if (column.kind() == ColumnKind::Flag) {
        out += column.number(row) != 0.0 ? "\"Y\"" : "\"N\"";
        return;
    }
    const double value = column.number(row);
    std::array<char, 64> buffer{};
    char* end = nullptr;
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        end = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                            static_cast<long long>(value))
                  .ptr;
    else if (!std::isfinite(value))
        end = std::copy_n("null", 4, buffer.data());
    else // the digits nlohmann's dump writes for a double
        end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), end);
}

void appendRowText(std::string& out, const std::vector<const Column*>& columns, std::size_t row)
{
    out += '{';
    bool first = true;
    for (const auto* column : columns) {
        if (column->isMissing(row))
            continue;
        if (!first)
            out += ',';
        first = false;
        appendKey(out, column->name());
        appendCell(out, *column, row);
    }
    out += '}';
}

} // namespace

std::string clientRecordToJsonText(const HomeCreditDataset& client)
{
    if (client.applications.rowCount() != 1)
        throw std::invalid_argument("clientRecordToJsonText needs a dataset of one applicant");
    // The top level mixes application columns and history arrays, all in key order.
    struct Entry {
        std::string_view key;
        const Column* column = nullptr;
        const Table* history = nullptr;
    };
    std::vector<Entry> entries;
    for (const auto* column : columnsByName(client.applications, "TARGET"))
        if (!column->isMissing(0))
            entries.push_back({column->name(), column, nullptr});
    for (const auto& history : kHistoryTables)
        if (const auto& table = client.*(history.member))
            entries.push_back({tableName(history.id), nullptr, &*table});
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });

    std::string out;
    out.reserve(4096);
    out += '{';
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out += ',';
        appendKey(out, entries[i].key);
        if (entries[i].column) {
            appendCell(out, *entries[i].column, 0);
            continue;
        }
        const auto& table = *entries[i].history;
        const auto columns = columnsByName(table, "SK_ID_CURR");
        out += '[';
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            if (row > 0)
                out += ',';
            appendRowText(out, columns, row);
        }
        out += ']';
    }
    out += '}';
    return out;
}

} // namespace credit::data
