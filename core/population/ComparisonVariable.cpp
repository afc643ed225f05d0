#include "population/ComparisonVariable.h"

#include "data/ColumnKind.h"

#include <cmath>

namespace credit::population {

namespace {

constexpr double kDaysPerYear = 365.25;

// A numeric application column, or null when absent (the variable is then missing).
const data::Column* numericColumn(const data::Table& applications, std::string_view name)
{
    const auto* found = applications.find(name);
    return found && !found->isCategory() ? found : nullptr;
}

double numberOf(const data::Column* column, std::size_t row)
{
    return column ? column->number(row) : std::nan("");
}

} // namespace

VariableReader::VariableReader(const ComparisonVariable& variable, const data::Table& applications)
{
    if (variable.categorical) {
        formula_ = Formula::Category;
        const auto* found = applications.find(variable.column);
        first_ = found && found->isCategory() ? found : nullptr;
    } else if (variable.key == "age_years") {
        formula_ = Formula::Age;
        first_ = numericColumn(applications, "DAYS_BIRTH");
    } else if (variable.key == "employment_years") {
        formula_ = Formula::Employment;
        first_ = numericColumn(applications, "DAYS_EMPLOYED");
    } else if (variable.key == "payment_rate") {
        formula_ = Formula::Ratio;
        first_ = numericColumn(applications, "AMT_ANNUITY");
        second_ = numericColumn(applications, "AMT_CREDIT");
    } else if (variable.key == "annuity_income") {
        formula_ = Formula::Ratio;
        first_ = numericColumn(applications, "AMT_ANNUITY");
        second_ = numericColumn(applications, "AMT_INCOME_TOTAL");
    } else {
        first_ = numericColumn(applications, variable.column);
    }
}

double VariableReader::operator()(std::size_t row) const
{
    switch (formula_) {
    case Formula::Category:
        return first_ && !first_->isMissing(row) ? first_->code(row) : std::nan("");
    case Formula::Age:
        return -numberOf(first_, row) / kDaysPerYear;
    case Formula::Employment: {
        const double days = numberOf(first_, row);
        return days == data::kNoDateSentinel ? std::nan("") : -days / kDaysPerYear;
    }
    case Formula::Ratio:
        return numberOf(first_, row) / numberOf(second_, row);
    case Formula::Number:
        break;
    }
    return numberOf(first_, row);
}

double ComparisonVariable::value(const data::Table& applications, std::size_t row) const
{
    return VariableReader(*this, applications)(row);
}

const std::vector<ComparisonVariable>& comparisonVariables()
{
    static const std::vector<ComparisonVariable> variables{
        {"age_years", {"Âge", "Age"}, {"ans", "years"}, false, "DAYS_BIRTH"},
        {"AMT_INCOME_TOTAL",
         {"Revenu annuel", "Annual income"},
         {"€", "€"},
         false,
         "AMT_INCOME_TOTAL"},
        {"AMT_CREDIT", {"Montant du crédit", "Credit amount"}, {"€", "€"}, false, "AMT_CREDIT"},
        {"AMT_ANNUITY", {"Annuité", "Annuity"}, {"€", "€"}, false, "AMT_ANNUITY"},
        {"AMT_GOODS_PRICE",
         {"Prix du bien", "Price of the goods"},
         {"€", "€"},
         false,
         "AMT_GOODS_PRICE"},
        {"employment_years",
         {"Ancienneté dans l'emploi", "Time in current job"},
         {"ans", "years"},
         false,
         "DAYS_EMPLOYED"},
        {"payment_rate",
         {"Part du crédit remboursée par an", "Share of credit repaid per year"},
         {"", ""},
         false,
         "AMT_ANNUITY"},
        {"annuity_income",
         {"Part du revenu consacrée au crédit", "Share of income spent on the loan"},
         {"", ""},
         false,
         "AMT_ANNUITY"},
        {"EXT_SOURCE_1",
         {"Score externe n°1", "External score no. 1"},
         {"", ""},
         false,
         "EXT_SOURCE_1"},
        {"EXT_SOURCE_2",
         {"Score externe n°2", "External score no. 2"},
         {"", ""},
         false,
         "EXT_SOURCE_2"},
        {"EXT_SOURCE_3",
         {"Score externe n°3", "External score no. 3"},
         {"", ""},
         false,
         "EXT_SOURCE_3"},
        {"CNT_CHILDREN",
         {"Nombre d'enfants", "Number of children"},
         {"", ""},
         false,
         "CNT_CHILDREN"},
        {"CNT_FAM_MEMBERS",
         {"Taille du foyer", "Household size"},
         {"", ""},
         false,
         "CNT_FAM_MEMBERS"},
        {"CODE_GENDER", {"Genre", "Gender"}, {"", ""}, true, "CODE_GENDER"},
        {"NAME_CONTRACT_TYPE",
         {"Type de contrat", "Contract type"},
         {"", ""},
         true,
         "NAME_CONTRACT_TYPE"},
        {"NAME_EDUCATION_TYPE",
         {"Niveau d'études", "Education"},
         {"", ""},
         true,
         "NAME_EDUCATION_TYPE"},
        {"NAME_FAMILY_STATUS",
         {"Situation familiale", "Family status"},
         {"", ""},
         true,
         "NAME_FAMILY_STATUS"},
        {"NAME_HOUSING_TYPE", {"Logement", "Housing"}, {"", ""}, true, "NAME_HOUSING_TYPE"},
        {"NAME_INCOME_TYPE", {"Type de revenu", "Income type"}, {"", ""}, true, "NAME_INCOME_TYPE"},
    };
    return variables;
}

const ComparisonVariable* findComparisonVariable(std::string_view key)
{
    for (const auto& variable : comparisonVariables())
        if (variable.key == key)
            return &variable;
    return nullptr;
}

} // namespace credit::population
