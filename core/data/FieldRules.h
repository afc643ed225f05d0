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

// The rule for an application column, if it has one.
const FieldRule* applicationFieldRule(std::string_view column);

// Checks a numeric value of an application column against its kind and rule; nullopt when fine.
std::optional<FieldIssue> checkApplicationNumber(std::string_view column, ColumnKind kind,
                                                 double value);

} // namespace credit::data
