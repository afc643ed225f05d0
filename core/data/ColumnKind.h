#pragma once

#include <string_view>

namespace credit::data {

// How a Home Credit column's text is interpreted. The kind decides storage (numbers as double
// with NaN for missing, categories dictionary-encoded) and how features treat the column.
enum class ColumnKind {
    Key,      // SK_ID_CURR, SK_ID_BUREAU, SK_ID_PREV: integer identifiers
    Integer,  // counts and integer flags stored as 0/1 ("1.0" accepted for 1)
    Real,     // amounts, rates, normalised scores
    Flag,     // Y/N text flags stored as 1/0
    Category, // free-text levels, dictionary-encoded
    Days,     // DAYS_* offsets relative to the application; 365243 means "no date"
};

// The Home Credit export's sentinel for "no date" in DAYS_* columns.
inline constexpr double kNoDateSentinel = 365243.0;

constexpr bool isNumeric(ColumnKind kind)
{
    return kind != ColumnKind::Category;
}

std::string_view toString(ColumnKind kind);

} // namespace credit::data
