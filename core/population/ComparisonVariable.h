#pragma once

#include "common/LocalizedText.h"
#include "data/Table.h"

#include <string>
#include <string_view>
#include <vector>

namespace credit::population {

// A variable advisors compare clients on, in the unit they think in (age in years, not
// DAYS_BIRTH). Numeric variables are derived from application columns; categorical ones are
// application categories.
struct ComparisonVariable {
    std::string key; // "age_years", "AMT_INCOME_TOTAL", "NAME_EDUCATION_TYPE", ...
    LocalizedText label;
    LocalizedText unit; // "ans" / "years", "€", "" ...
    bool categorical = false;
    std::string column; // the application column it reads

    // The variable's value for `row` of an application table (NaN when missing; for a
    // categorical variable the category code, see categoryText()).
    double value(const data::Table& applications, std::size_t row) const;
};

// ComparisonVariable::value with the variable's columns looked up once, for loops over every
// client of a table (the server's population aggregates scan the whole portfolio per request).
// Holds pointers into `applications`, which must outlive it.
class VariableReader {
public:
    VariableReader(const ComparisonVariable& variable, const data::Table& applications);
    double operator()(std::size_t row) const;

private:
    enum class Formula { Category, Number, Age, Employment, Ratio };
    Formula formula_ = Formula::Number;
    const data::Column* first_ = nullptr;  // the column read (the numerator of a ratio)
    const data::Column* second_ = nullptr; // a ratio's denominator
};

// The main variables, in the order the drop-down lists them.
const std::vector<ComparisonVariable>& comparisonVariables();
const ComparisonVariable* findComparisonVariable(std::string_view key);

} // namespace credit::population
