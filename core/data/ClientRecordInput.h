#pragma once

#include "data/SchemaRegistry.h"

#include <array>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credit::data {

// What a client-record JSON body holds, sorted by table and column but not yet checked: the
// one shape both readers produce (from a parsed document, or straight from the text without a
// document) so that a single validation step (clientRecordFromJson) judges both the same way.

// One JSON value as validation needs it: its type and, for a scalar, its value. A nested object
// or array keeps only its type, enough to name the wrong type. Not an nlohmann value: building
// and destroying one per cell was 7 % of a scored request for a client with a long history.
struct CellInput {
    enum class Type { Null, Boolean, Number, String, Array, Object };
    Type type = Type::Null;
    double number = 0.0; // Number: integers converted as nlohmann's get<double>() does
    bool boolean = false;
    std::string text; // String

    // nlohmann's type names ("null", "boolean", "number", ...), so messages do not depend on
    // the reader.
    std::string_view typeName() const;
};

// One JSON object read as a table row.
struct RowInput {
    std::size_t arrayIndex = 0; // its place in the JSON array (history rows)
    std::string notAnObject;    // the JSON type when the element was not an object
    // One value per schema column, absent when the object has no such key.
    std::vector<std::optional<CellInput>> cells;
    std::vector<std::string> unknownKeys; // keys that are not columns, sorted
};

// One history array ("bureau": [...]).
struct TableInput {
    bool present = false;
    std::string notAnArray; // the JSON type when the value was not an array
    std::vector<RowInput> rows;
};

// The history tables a record may carry, in the order they are checked.
inline constexpr std::array<TableId, 6> kRecordHistoryTables{
    TableId::Bureau,         TableId::BureauBalance,        TableId::PreviousApplication,
    TableId::PosCashBalance, TableId::InstallmentsPayments, TableId::CreditCardBalance};

struct RecordInput {
    std::string notAnObject; // the JSON type when the body was not an object
    RowInput application;
    std::array<TableInput, kRecordHistoryTables.size()> histories;
};

// From a parsed document.
RecordInput readRecordInput(const nlohmann::json& body);
// From JSON text, read with simdjson into this shape directly (the scoring API's hot path:
// nlohmann's document for a client with history cost more than scoring them). Text simdjson
// refuses goes through nlohmann::json::parse, so syntax errors throw its parse_error (with the
// byte) and an out-of-range number its out_of_range, exactly as before.
RecordInput readRecordInputText(std::string_view text);

} // namespace credit::data
