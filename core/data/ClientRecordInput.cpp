#include "data/ClientRecordInput.h"

#include <algorithm>
#include <cmath>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace credit::data {

namespace {

using nlohmann::json;

const TableSchema& applicationSchema()
{
    return SchemaRegistry::builtIn().table(TableId::ApplicationTest);
}

std::optional<std::size_t> historyIndex(std::string_view key)
{
    for (std::size_t h = 0; h < kRecordHistoryTables.size(); ++h)
        if (tableName(kRecordHistoryTables[h]) == key)
            return h;
    return std::nullopt;
}

std::optional<std::size_t> columnIndex(const TableSchema& schema, std::string_view key)
{
    // Hashed positions for the built-in schemas a record is read against, built once: a linear
    // search per JSON key (~900 keys in a client with some history) was 4 % of a scored request.
    struct SchemaIndex {
        const TableSchema* schema;
        std::unordered_map<std::string_view, std::size_t> positions; // views of the registry's
    };                                                               // names, which never move
    static const std::vector<SchemaIndex> indexes = [] {
        std::vector<SchemaIndex> built;
        const auto& registry = SchemaRegistry::builtIn();
        auto add = [&](TableId id) {
            SchemaIndex index{&registry.table(id), {}};
            for (std::size_t i = 0; i < index.schema->columns.size(); ++i)
                index.positions.emplace(index.schema->columns[i].name, i);
            built.push_back(std::move(index));
        };
        add(TableId::ApplicationTest);
        for (const auto id : kRecordHistoryTables)
            add(id);
        return built;
    }();
    for (const auto& index : indexes) {
        if (index.schema != &schema)
            continue;
        const auto found = index.positions.find(key);
        return found == index.positions.end() ? std::nullopt
                                              : std::optional<std::size_t>(found->second);
    }
    const auto* column = schema.find(key);
    if (!column)
        return std::nullopt;
    return static_cast<std::size_t>(column - schema.columns.data());
}

RowInput emptyRow(const TableSchema& schema, std::size_t arrayIndex)
{
    RowInput row;
    row.arrayIndex = arrayIndex;
    row.cells.resize(schema.columns.size());
    return row;
}

CellInput cellValue(const json& value)
{
    CellInput cell;
    switch (value.type()) {
    case json::value_t::boolean:
        cell.type = CellInput::Type::Boolean;
        cell.boolean = value.get<bool>();
        break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        cell.type = CellInput::Type::Number;
        cell.number = value.get<double>();
        break;
    case json::value_t::string:
        cell.type = CellInput::Type::String;
        cell.text = value.get_ref<const std::string&>();
        break;
    case json::value_t::array:
        cell.type = CellInput::Type::Array;
        break;
    case json::value_t::object:
    case json::value_t::binary:
        cell.type = CellInput::Type::Object;
        break;
    default:
        break; // null (a discarded value cannot come out of a parsed document)
    }
    return cell;
}

// The same for a simdjson value (nlohmann's type names, so messages do not depend on the reader).
std::string typeName(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::ARRAY:
        return "array";
    case simdjson::dom::element_type::OBJECT:
        return "object";
    case simdjson::dom::element_type::STRING:
        return "string";
    case simdjson::dom::element_type::BOOL:
        return "boolean";
    case simdjson::dom::element_type::NULL_VALUE:
        return "null";
    default:
        return "number";
    }
}

CellInput cellValue(simdjson::dom::element value)
{
    CellInput cell;
    switch (value.type()) {
    case simdjson::dom::element_type::ARRAY:
        cell.type = CellInput::Type::Array;
        break;
    case simdjson::dom::element_type::OBJECT:
        cell.type = CellInput::Type::Object;
        break;
    case simdjson::dom::element_type::INT64:
        cell.type = CellInput::Type::Number;
        cell.number = static_cast<double>(value.get_int64().value_unsafe());
        break;
    case simdjson::dom::element_type::UINT64:
        cell.type = CellInput::Type::Number;
        cell.number = static_cast<double>(value.get_uint64().value_unsafe());
        break;
    case simdjson::dom::element_type::DOUBLE:
        cell.type = CellInput::Type::Number;
        cell.number = value.get_double().value_unsafe();
        break;
    case simdjson::dom::element_type::STRING:
        cell.type = CellInput::Type::String;
        cell.text = value.get_string().value_unsafe();
        break;
    case simdjson::dom::element_type::BOOL:
        cell.type = CellInput::Type::Boolean;
        cell.boolean = value.get_bool().value_unsafe();
        break;
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return cell;
}

void sortUnknown(RowInput& row)
{
    // The order a parsed document iterates keys in (std::map), so both readers agree.
    std::sort(row.unknownKeys.begin(), row.unknownKeys.end());
    row.unknownKeys.erase(std::unique(row.unknownKeys.begin(), row.unknownKeys.end()),
                          row.unknownKeys.end());
}

void readRow(const json& object, const TableSchema& schema, RowInput& row, bool isApplication)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (auto column = columnIndex(schema, it.key()))
            row.cells[*column] = cellValue(it.value());
        else if (!isApplication || !historyIndex(it.key()))
            row.unknownKeys.push_back(it.key());
    }
    sortUnknown(row);
}

} // namespace

std::string_view CellInput::typeName() const
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Boolean:
        return "boolean";
    case Type::Number:
        return "number";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    }
    return "null";
}

RecordInput readRecordInput(const json& body)
{
    RecordInput input;
    if (!body.is_object()) {
        input.notAnObject = body.type_name();
        return input;
    }
    input.application = emptyRow(applicationSchema(), 0);
    readRow(body, applicationSchema(), input.application, true);
    for (std::size_t h = 0; h < kRecordHistoryTables.size(); ++h) {
        const auto found = body.find(std::string(tableName(kRecordHistoryTables[h])));
        if (found == body.end())
            continue;
        auto& table = input.histories[h];
        table.present = true;
        if (!found->is_array()) {
            table.notAnArray = found->type_name();
            continue;
        }
        const auto& schema = SchemaRegistry::builtIn().table(kRecordHistoryTables[h]);
        for (std::size_t i = 0; i < found->size(); ++i) {
            const auto& element = (*found)[i];
            if (!element.is_object()) {
                RowInput row;
                row.arrayIndex = i;
                row.notAnObject = element.type_name();
                table.rows.push_back(std::move(row));
                continue;
            }
            table.rows.push_back(emptyRow(schema, i));
            readRow(element, schema, table.rows.back(), false);
        }
    }
    return input;
}

RecordInput readRecordInputText(std::string_view text)
{
    // One parser per thread: it keeps its buffers from one request to the next.
    thread_local simdjson::dom::parser parser;
    const auto parsed = parser.parse(text.data(), text.size());
    if (parsed.error() != simdjson::SUCCESS) {
        // nlohmann says what is wrong and at which byte (or accepts what simdjson would not,
        // such as integers beyond 64 bits); this path is for bad input only.
        return readRecordInput(json::parse(text));
    }
    const auto body = parsed.value_unsafe();
    RecordInput input;
    if (!body.is_object()) {
        input.notAnObject = typeName(body);
        return input;
    }
    input.application = emptyRow(applicationSchema(), 0);
    // Named copies of the object and array handles: value_unsafe() on a temporary result would
    // leave the range-for iterating a dead handle.
    const simdjson::dom::object fields = body.get_object().value_unsafe();
    for (const auto field : fields) {
        if (const auto column = columnIndex(applicationSchema(), field.key)) {
            input.application.cells[*column] = cellValue(field.value);
            continue;
        }
        const auto history = historyIndex(field.key);
        if (!history) {
            input.application.unknownKeys.emplace_back(field.key);
            continue;
        }
        auto& table = input.histories[*history];
        table.present = true;
        table.rows.clear(); // a repeated key: the last one counts, as in a parsed document
        table.notAnArray.clear();
        if (!field.value.is_array()) {
            table.notAnArray = typeName(field.value);
            continue;
        }
        const auto& schema = SchemaRegistry::builtIn().table(kRecordHistoryTables[*history]);
        std::size_t index = 0;
        // The rows of one array list their keys in the same order, give or take the fields a
        // row leaves out: each key is first compared with the column that followed the previous
        // key last time, and only looked up when it differs. (Index columns.size(): row start.)
        const std::size_t rowStart = schema.columns.size();
        std::vector<std::size_t> successor(rowStart + 1, rowStart);
        const simdjson::dom::array elements = field.value.get_array().value_unsafe();
        for (const auto element : elements) {
            if (!element.is_object()) {
                RowInput row;
                row.arrayIndex = index++;
                row.notAnObject = typeName(element);
                table.rows.push_back(std::move(row));
                continue;
            }
            auto row = emptyRow(schema, index++);
            const simdjson::dom::object cells = element.get_object().value_unsafe();
            std::size_t previous = rowStart;
            for (const auto cell : cells) {
                const std::size_t guess = successor[previous];
                std::optional<std::size_t> column;
                if (guess < rowStart && schema.columns[guess].name == cell.key)
                    column = guess;
                else
                    column = columnIndex(schema, cell.key);
                if (column) {
                    row.cells[*column] = cellValue(cell.value);
                    successor[previous] = *column;
                    previous = *column;
                } else {
                    row.unknownKeys.emplace_back(cell.key);
                }
            }
            sortUnknown(row);
            table.rows.push_back(std::move(row));
        }
    }
    sortUnknown(input.application);
    return input;
}

} // namespace credit::data
