#include "features/FeatureFamily.h"

#include <algorithm>
#include <array>
#include <utility>

namespace credit::features {

namespace {

constexpr std::array<std::pair<FeatureFamily, std::string_view>, 13> kNames{{
    {FeatureFamily::ApplicationRaw, "application_raw"},
    {FeatureFamily::RecipeRatios, "recipe_ratios"},
    {FeatureFamily::ExtSourceStats, "ext_source_stats"},
    {FeatureFamily::CreditTerms, "credit_terms"},
    {FeatureFamily::AgeAndHousehold, "age_and_household"},
    {FeatureFamily::DateRatios, "date_ratios"},
    {FeatureFamily::EmploymentAnomaly, "employment_anomaly"},
    {FeatureFamily::DocumentCount, "document_count"},
    {FeatureFamily::Bureau, "bureau"},
    {FeatureFamily::PreviousApplications, "previous_applications"},
    {FeatureFamily::PosCash, "pos_cash"},
    {FeatureFamily::Installments, "installments"},
    {FeatureFamily::CreditCard, "credit_card"},
}};

// The engineered application features (ApplicationFeatures.cpp's formulas) by family.
constexpr std::array<std::pair<std::string_view, FeatureFamily>, 21> kApplicationExtras{{
    {"DAYS_EMPLOYED_PERC", FeatureFamily::RecipeRatios},
    {"INCOME_CREDIT_PERC", FeatureFamily::RecipeRatios},
    {"INCOME_PER_PERSON", FeatureFamily::RecipeRatios},
    {"ANNUITY_INCOME_PERC", FeatureFamily::RecipeRatios},
    {"PAYMENT_RATE", FeatureFamily::RecipeRatios},
    {"REQ_CREDIT_BUREAU_TOTAL", FeatureFamily::RecipeRatios},
    {"EXT_SOURCES_MEAN", FeatureFamily::ExtSourceStats},
    {"EXT_SOURCES_MIN", FeatureFamily::ExtSourceStats},
    {"EXT_SOURCES_MAX", FeatureFamily::ExtSourceStats},
    {"EXT_SOURCES_STD", FeatureFamily::ExtSourceStats},
    {"EXT_SOURCES_PROD", FeatureFamily::ExtSourceStats},
    {"EXT_SOURCES_MISSING", FeatureFamily::ExtSourceStats},
    {"CREDIT_GOODS_RATIO", FeatureFamily::CreditTerms},
    {"CREDIT_TERM", FeatureFamily::CreditTerms},
    {"AGE_YEARS", FeatureFamily::AgeAndHousehold},
    {"CHILDREN_RATIO", FeatureFamily::AgeAndHousehold},
    {"DAYS_REGISTRATION_PERC", FeatureFamily::DateRatios},
    {"DAYS_ID_PUBLISH_PERC", FeatureFamily::DateRatios},
    {"DAYS_LAST_PHONE_CHANGE_PERC", FeatureFamily::DateRatios},
    {"DAYS_EMPLOYED_ANOM", FeatureFamily::EmploymentAnomaly},
    {"DOCUMENT_COUNT", FeatureFamily::DocumentCount},
}};

} // namespace

const std::vector<FeatureFamily>& allFeatureFamilies()
{
    static const std::vector<FeatureFamily> families = [] {
        std::vector<FeatureFamily> list;
        for (const auto& [family, name] : kNames)
            list.push_back(family);
        return list;
    }();
    return families;
}

std::string_view familyName(FeatureFamily family)
{
    for (const auto& [known, name] : kNames)
        if (known == family)
            return name;
    return "unknown";
}

std::optional<FeatureFamily> familyFromName(std::string_view name)
{
    for (const auto& [family, known] : kNames)
        if (known == name)
            return family;
    return std::nullopt;
}

FeatureFamily familyOf(const FeatureDefinition& feature)
{
    if (feature.table == "bureau" || feature.table == "bureau_balance")
        return FeatureFamily::Bureau;
    if (feature.table == "previous_application")
        return FeatureFamily::PreviousApplications;
    if (feature.table == "POS_CASH_balance")
        return FeatureFamily::PosCash;
    if (feature.table == "installments_payments")
        return FeatureFamily::Installments;
    if (feature.table == "credit_card_balance")
        return FeatureFamily::CreditCard;
    // Raw values and one-hot levels keep their column's name, which no extra uses.
    if (feature.aggregation == "ratio" || feature.aggregation == "flag") {
        const auto extra =
            std::find_if(kApplicationExtras.begin(), kApplicationExtras.end(),
                         [&](const auto& entry) { return entry.first == feature.name; });
        if (extra != kApplicationExtras.end())
            return extra->second;
    }
    return FeatureFamily::ApplicationRaw;
}

} // namespace credit::features
