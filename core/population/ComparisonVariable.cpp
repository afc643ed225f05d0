#include "population/ComparisonVariable.h"

#include "data/ColumnKind.h"

#include <cmath>

namespace credit::population {

namespace {

constexpr double kDaysPerYear = 365.25;

double numberAt(const data::Table& applications, const std::string& column, std::size_t row)
{
    const auto* found = applications.find(column);
    if (!found || found->isCategory())
        return std::nan("");
    return found->number(row);
}

} // namespace

double ComparisonVariable::value(const data::Table& applications, std::size_t row) const
{
    if (categorical) {
        const auto* found = applications.find(column);
        return found && found->isCategory() && !found->isMissing(row) ? found->code(row)
                                                                      : std::nan("");
    }
    if (key == "age_years")
        return -numberAt(applications, "DAYS_BIRTH", row) / kDaysPerYear;
    if (key == "employment_years") {
        const double days = numberAt(applications, "DAYS_EMPLOYED", row);
        return days == data::kNoDateSentinel ? std::nan("") : -days / kDaysPerYear;
    }
    if (key == "payment_rate")
        return numberAt(applications, "AMT_ANNUITY", row) /
               numberAt(applications, "AMT_CREDIT", row);
    if (key == "annuity_income")
        return numberAt(applications, "AMT_ANNUITY", row) /
               numberAt(applications, "AMT_INCOME_TOTAL", row);
    return numberAt(applications, column, row);
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
