#pragma once

#include "features/FeatureSpec.h"

#include <optional>
#include <string_view>
#include <vector>

namespace credit::features {

// A named group of features that training can switch on or off as a whole (the training
// parameters' "feature_families", chosen by `credit-scoring select`). One concept each: the
// application's own columns, each group of engineered application extras, and each related
// table's aggregates. The groups of extras follow issue 22's measurement, where the extras
// beyond the public recipe cost held-out AUC on the real sample; each is one idea, so dropping it
// is one question.
enum class FeatureFamily {
    ApplicationRaw,       // raw numeric application columns and one-hot categories
    RecipeRatios,         // the recipe's DAYS_EMPLOYED_PERC, INCOME_CREDIT_PERC, INCOME_PER_PERSON,
                          // ANNUITY_INCOME_PERC, PAYMENT_RATE, and REQ_CREDIT_BUREAU_TOTAL
    ExtSourceStats,       // EXT_SOURCES_MEAN/MIN/MAX/STD/PROD/MISSING
    CreditTerms,          // CREDIT_GOODS_RATIO, CREDIT_TERM
    AgeAndHousehold,      // AGE_YEARS, CHILDREN_RATIO
    DateRatios,           // DAYS_REGISTRATION_PERC, DAYS_ID_PUBLISH_PERC,
                          // DAYS_LAST_PHONE_CHANGE_PERC
    EmploymentAnomaly,    // DAYS_EMPLOYED_ANOM
    DocumentCount,        // DOCUMENT_COUNT
    Bureau,               // bureau and bureau_balance aggregates
    PreviousApplications, // previous_application aggregates
    PosCash,              // POS_CASH_balance aggregates
    Installments,         // installments_payments aggregates
    CreditCard,           // credit_card_balance aggregates
};

// Every family, in the order above (the order of the parameters file and of reports).
const std::vector<FeatureFamily>& allFeatureFamilies();

// The name used in parameters files and reports ("application_raw", "ext_source_stats", ...).
std::string_view familyName(FeatureFamily family);
std::optional<FeatureFamily> familyFromName(std::string_view name);

// The family a fitted feature belongs to: by its table, and for the application table by its
// name (an application feature that is no named extra is a raw column or one-hot level).
FeatureFamily familyOf(const FeatureDefinition& feature);

} // namespace credit::features
