#include "document/EditableField.h"

#include <cmath>

namespace credit::ui {

namespace {
constexpr double kDaysPerYear = 365.25;
}

double EditableField::toColumn(double shown) const
{
    // DAYS_* count backwards from the application date.
    // Whole days: DAYS_* columns are integral and core refuses fractions.
    return unit == Unit::Years ? -std::round(shown * kDaysPerYear) : shown;
}

double EditableField::fromColumn(double stored) const
{
    return unit == Unit::Years ? -stored / kDaysPerYear : stored;
}

const std::vector<EditableField>& editableFields()
{
    using Unit = EditableField::Unit;
    static const std::vector<EditableField> fields{
        {"AMT_INCOME_TOTAL", {"Revenu annuel (€)", "Annual income (€)"}, Unit::Number, true, 0},
        {"AMT_CREDIT", {"Montant du crédit (€)", "Credit amount (€)"}, Unit::Number, true, 0},
        {"AMT_ANNUITY", {"Annuité (€)", "Annuity (€)"}, Unit::Number, true, 0},
        {"AMT_GOODS_PRICE", {"Prix du bien (€)", "Price of the goods (€)"}, Unit::Number, false, 0},
        {"DAYS_BIRTH", {"Âge (ans)", "Age (years)"}, Unit::Years, true, 1},
        {"DAYS_EMPLOYED",
         {"Ancienneté dans l'emploi (ans)", "Years in current job"},
         Unit::Years,
         false,
         1},
        {"CNT_CHILDREN", {"Nombre d'enfants", "Number of children"}, Unit::Number, true, 0},
        {"CNT_FAM_MEMBERS", {"Taille du foyer", "Household size"}, Unit::Number, false, 0},
        {"EXT_SOURCE_1",
         {"Score externe n°1 (0-1)", "External score no. 1 (0-1)"},
         Unit::Number,
         false,
         3},
        {"EXT_SOURCE_2",
         {"Score externe n°2 (0-1)", "External score no. 2 (0-1)"},
         Unit::Number,
         false,
         3},
        {"EXT_SOURCE_3",
         {"Score externe n°3 (0-1)", "External score no. 3 (0-1)"},
         Unit::Number,
         false,
         3},
        {"CODE_GENDER", {"Genre", "Gender"}, Unit::Category, true, 0},
        {"NAME_CONTRACT_TYPE", {"Type de contrat", "Contract type"}, Unit::Category, true, 0},
        {"NAME_INCOME_TYPE", {"Type de revenu", "Income type"}, Unit::Category, false, 0},
        {"NAME_EDUCATION_TYPE", {"Niveau d'études", "Education"}, Unit::Category, false, 0},
        {"NAME_FAMILY_STATUS", {"Situation familiale", "Family status"}, Unit::Category, false, 0},
        {"NAME_HOUSING_TYPE", {"Logement", "Housing"}, Unit::Category, false, 0},
    };
    return fields;
}

const EditableField* findEditableField(const std::string& column)
{
    for (const auto& field : editableFields())
        if (field.column == column)
            return &field;
    return nullptr;
}

nlohmann::json newApplicationDefaults()
{
    return {
        {"SK_ID_CURR", 900001},
        {"NAME_CONTRACT_TYPE", "Cash loans"},
        {"CODE_GENDER", "F"},
        {"FLAG_OWN_CAR", "N"},
        {"FLAG_OWN_REALTY", "Y"},
        {"CNT_CHILDREN", 0},
        {"AMT_INCOME_TOTAL", 150000.0},
        {"AMT_CREDIT", 500000.0},
        {"AMT_ANNUITY", 25000.0},
        {"AMT_GOODS_PRICE", 450000.0},
        {"NAME_INCOME_TYPE", "Working"},
        {"NAME_EDUCATION_TYPE", "Secondary / secondary special"},
        {"NAME_FAMILY_STATUS", "Married"},
        {"NAME_HOUSING_TYPE", "House / apartment"},
        {"DAYS_BIRTH", -14000.0},
        {"DAYS_EMPLOYED", -2000.0},
        {"CNT_FAM_MEMBERS", 2.0},
    };
}

} // namespace credit::ui
