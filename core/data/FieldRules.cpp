#include "data/FieldRules.h"

#include <array>
#include <cmath>
#include <limits>
#include <sstream>

namespace credit::data {

namespace {

constexpr double kDaysPerYear = 365.25;

// Bounds chosen to refuse impossible or mistyped values, not to judge credit risk: an income of
// zero or a 130-year-old applicant is a typing error, a low income is not.
constexpr std::array kRules{
    FieldRule{"AMT_INCOME_TOTAL", 1.0, 1.0e9},
    FieldRule{"AMT_CREDIT", 1.0, 1.0e9},
    FieldRule{"AMT_ANNUITY", 1.0, 1.0e8},
    FieldRule{"AMT_GOODS_PRICE", 0.0, 1.0e9},
    FieldRule{"DAYS_BIRTH", -100.0 * kDaysPerYear, -18.0 * kDaysPerYear},
    FieldRule{"DAYS_EMPLOYED", -80.0 * kDaysPerYear, 0.0, true},
    FieldRule{"DAYS_REGISTRATION", -100.0 * kDaysPerYear, 0.0},
    FieldRule{"DAYS_ID_PUBLISH", -100.0 * kDaysPerYear, 0.0},
    FieldRule{"DAYS_LAST_PHONE_CHANGE", -100.0 * kDaysPerYear, 0.0},
    FieldRule{"CNT_CHILDREN", 0.0, 25.0},
    FieldRule{"CNT_FAM_MEMBERS", 1.0, 30.0},
    FieldRule{"OWN_CAR_AGE", 0.0, 100.0},
    FieldRule{"EXT_SOURCE_1", 0.0, 1.0},
    FieldRule{"EXT_SOURCE_2", 0.0, 1.0},
    FieldRule{"EXT_SOURCE_3", 0.0, 1.0},
    FieldRule{"REGION_POPULATION_RELATIVE", 0.0, 1.0},
    FieldRule{"REGION_RATING_CLIENT", 1.0, 3.0},
    FieldRule{"REGION_RATING_CLIENT_W_CITY", 1.0, 3.0},
    FieldRule{"HOUR_APPR_PROCESS_START", 0.0, 23.0},
};

std::string formatNumber(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace

std::string_view toString(FieldIssue::Code code)
{
    switch (code) {
    case FieldIssue::Code::UnknownField:
        return "unknown_field";
    case FieldIssue::Code::WrongType:
        return "wrong_type";
    case FieldIssue::Code::OutOfRange:
        return "out_of_range";
    case FieldIssue::Code::UnknownLevel:
        return "unknown_level";
    case FieldIssue::Code::Required:
        return "required";
    case FieldIssue::Code::NotIntegral:
        return "not_integral";
    }
    return "invalid";
}

const FieldRule* applicationFieldRule(std::string_view column)
{
    for (const auto& rule : kRules)
        if (rule.column == column)
            return &rule;
    return nullptr;
}

std::string_view numberProblem(ColumnKind kind, double value)
{
    // 2^53: beyond it not every whole number is a double, so two keys could read as one.
    constexpr double kLargestExactInteger = 9007199254740992.0;
    if (!std::isfinite(value))
        return "must be a finite number";
    const bool whole =
        kind == ColumnKind::Integer || kind == ColumnKind::Key || kind == ColumnKind::Days;
    if (whole && value != std::floor(value))
        return "must be a whole number";
    if (kind == ColumnKind::Key && std::fabs(value) > kLargestExactInteger)
        return "is outside the key range (whole numbers within 9007199254740992)";
    if (std::fabs(value) > static_cast<double>(std::numeric_limits<float>::max()))
        return "is beyond the model's number range (about 3.4e38)";
    return {};
}

std::optional<FieldIssue> checkApplicationNumber(std::string_view column, ColumnKind kind,
                                                 double value)
{
    // The field name is copied only into an issue: this runs for every application number.
    const auto field = [column] { return std::string(column); };
    if (!std::isfinite(value))
        return FieldIssue{field(), FieldIssue::Code::WrongType, "must be a finite number"};
    if (const auto problem = numberProblem(kind, value);
        !problem.empty() && problem != "must be a whole number")
        return FieldIssue{field(), FieldIssue::Code::OutOfRange,
                          std::string(problem) + ", got " + formatNumber(value)};
    if (kind == ColumnKind::Flag && value != 0.0 && value != 1.0)
        return FieldIssue{field(), FieldIssue::Code::OutOfRange, "must be Y or N (1 or 0)"};
    if ((kind == ColumnKind::Integer || kind == ColumnKind::Key || kind == ColumnKind::Days) &&
        value != std::floor(value))
        return FieldIssue{field(), FieldIssue::Code::NotIntegral,
                          "must be a whole number, got " + formatNumber(value)};
    const auto* rule = applicationFieldRule(column);
    if (rule && !(rule->allowNoDateSentinel && value == kNoDateSentinel) &&
        (value < rule->minimum || value > rule->maximum))
        return FieldIssue{field(), FieldIssue::Code::OutOfRange,
                          "must be between " + formatNumber(rule->minimum) + " and " +
                              formatNumber(rule->maximum) + ", got " + formatNumber(value)};
    if (!rule && column.starts_with("FLAG_") && value != 0.0 && value != 1.0)
        return FieldIssue{field(), FieldIssue::Code::OutOfRange, "must be 0 or 1"};
    if (!rule && column.starts_with("AMT_") && value < 0.0)
        return FieldIssue{field(), FieldIssue::Code::OutOfRange,
                          "must not be negative, got " + formatNumber(value)};
    return std::nullopt;
}

} // namespace credit::data
