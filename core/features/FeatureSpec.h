#pragma once

#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace credit::data {
struct HomeCreditDataset;
}

namespace credit::features {

// Label keys: how SHAP contributions are grouped and labelled for advisors.
//
// Every feature carries a `labelKey` naming the business variable it belongs to, so the many
// columns that describe one fact (the one-hot levels of NAME_INCOME_TYPE, the 15 aggregates of
// overdue bureau debt) add up to one reason an advisor can read. The scheme:
//
//  * Application variables use the raw Home Credit column name, in capitals:
//      "EXT_SOURCE_3", "AMT_CREDIT" (raw value), "NAME_INCOME_TYPE" (all its one-hot levels),
//      "DAYS_EMPLOYED" (the raw value and its DAYS_EMPLOYED_ANOM flag), "DAYS_BIRTH" (AGE_YEARS).
//  * Ratios built from several application columns use their own feature name in capitals
//      ("PAYMENT_RATE", "INCOME_CREDIT_PERC"); the external-score statistics share "EXT_SOURCES".
//  * Related-table features use "<family>.<topic>" in lower case, family one of
//      bureau, previous, pos, installments, card, and a topic from a closed list:
//      bureau.{credits, debt, overdue, status, type, currency, balance, active, closed, count}
//      previous.{applications, status, profile, approved, refused, last, count}
//      pos.{history, late, status, recent, count}
//      installments.{late, early, payment_gap, amounts, history, recent, count}
//      card.{balance, limit, drawings, payments, late, status, history, count}
//
// So a capitalised key is always one application column (or one ratio) and a dotted key is always
// a summary of the client's history in a related table.

// One engineered feature as fitted: where its values come from and how they are summarised.
struct FeatureDefinition {
    std::string name;                 // column name in the FeatureMatrix (Kaggle recipe naming)
    std::string table;                // "application", "bureau", "bureau_balance", ...
    std::vector<std::string> columns; // source columns the feature reads in `table`
    // "value", "one_hot", "ratio", "flag", "stat" for application features; "min", "max", "mean",
    // "sum", "var", "size", "nunique", "share", "count", "trend", "last" for related tables.
    std::string aggregation;
    std::string level;         // the category level for one-hot and share features ("" otherwise)
    bool missingLevel = false; // the one-hot/share of "value missing" (pandas' `_nan` column)
    std::string labelKey;

    bool operator==(const FeatureDefinition&) const = default;
};

// The category levels learned at fit for one column; one-hot features follow this order.
struct CategoryLevels {
    std::string table;
    std::string column;
    std::vector<std::string> levels; // levels seen at fit, sorted
    bool missingLevel = false;       // missing values were seen at fit: a `_nan` feature exists

    bool operator==(const CategoryLevels&) const = default;
};

// The fitted description of the features: their order, their sources and the category levels.
// A model is trained on one spec; scoring must use the same spec so the columns line up.
struct FeatureSpec {
    static constexpr int kFormatVersion = 1;

    std::vector<FeatureDefinition> features;
    std::vector<CategoryLevels> categories;
    std::vector<std::string> applicationColumns; // numeric application columns kept as-is

    std::vector<std::string> names() const;
    const CategoryLevels* findCategory(std::string_view table, std::string_view column) const;

    nlohmann::json toJson() const;
    // Throws std::runtime_error naming the field when the JSON is not a spec of a known version.
    static FeatureSpec fromJson(const nlohmann::json& json);

    void save(const std::filesystem::path& file) const;
    static FeatureSpec load(const std::filesystem::path& file);

    // Throws SpecMismatchError naming every feature whose source column is absent from a table
    // present in `dataset`. A related table absent as a whole is allowed (its features are NaN).
    void checkAgainst(const data::HomeCreditDataset& dataset) const;

    bool operator==(const FeatureSpec&) const = default;
};

} // namespace credit::features
