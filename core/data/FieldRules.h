#pragma once

#include "data/ColumnKind.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credit::data {

// Plausible bounds for an application field. The same rules validate an API request and the
// advisor's edit form, so both refuse exactly the same values.
struct FieldRule {
    std::string_view column;
    double minimum;
    double maximum;
    bool allowNoDateSentinel = false; // DAYS_EMPLOYED uses 365243 for "not employed"
};

// What is wrong with one field; `code` is stable for programs, `message` is English for logs
// and API clients (the desktop app words its own, translated message from code and bounds).
struct FieldIssue {
    enum class Code { UnknownField, WrongType, OutOfRange, UnknownLevel, Required, NotIntegral };
    std::string field; // "AMT_INCOME_TOTAL" or "bureau[2].AMT_CREDIT_SUM"
    Code code;
    std::string message;
};

std::string_view toString(FieldIssue::Code code);

// What makes a number unusable in a column of `kind` whatever the column: not finite, beyond
// float's range (the model reads features as float: 1e39 became infinity and XGBoost failed
// naming no row), not whole where whole numbers are expected, or a key outside the integers a
// double holds exactly (1e300 read as key -9223372036854775808). Empty when the value is usable.
std::string_view numberProblem(ColumnKind kind, double value);

// The rule for an application column, if it has one.
const FieldRule* applicationFieldRule(std::string_view column);

// Checks a numeric value of an application column against its kind and rule; nullopt when fine.
std::optional<FieldIssue> checkApplicationNumber(std::string_view column, ColumnKind kind,
                                                 double value);

} // namespace credit::data
