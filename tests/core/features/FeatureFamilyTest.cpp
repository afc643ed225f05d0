#include "TinyDataset.h"
#include "features/FeatureFamilySelection.h"
#include "features/FeaturePipeline.h"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

using namespace credit;
using namespace credit::features;
using namespace credit::features::testing;

namespace {

std::vector<std::string> namesOf(const FeatureSpec& spec, FeatureFamily family, bool inFamily)
{
    std::vector<std::string> names;
    for (const auto& feature : spec.features)
        if ((familyOf(feature) == family) == inFamily)
            names.push_back(feature.name);
    return names;
}

// The tiny tables plus the application columns the date ratios and the document count read, so
// every family has columns.
data::HomeCreditDataset everyFamily()
{
    using K = data::ColumnKind;
    auto dataset = tinyDataset();
    auto& table = dataset.applications;
    numbers(table, "DAYS_REGISTRATION", K::Days, {-3000, -5000, -100});
    numbers(table, "DAYS_ID_PUBLISH", K::Days, {-2000, -4000, -50});
    numbers(table, "DAYS_LAST_PHONE_CHANGE", K::Days, {-300, -10, NaN});
    for (int document = 2; document <= 21; ++document)
        numbers(table, "FLAG_DOCUMENT_" + std::to_string(document), K::Flag,
                {document == 3 ? 1.0 : 0.0, 0, 0});
    return dataset;
}

} // namespace

TEST_CASE("the engineered application extras fall into their named families")
{
    const auto spec = FeaturePipeline::fit(everyFamily());
    const std::map<std::string, FeatureFamily> expected{
        {"EXT_SOURCES_MEAN", FeatureFamily::ExtSourceStats},
        {"EXT_SOURCES_MISSING", FeatureFamily::ExtSourceStats},
        {"AGE_YEARS", FeatureFamily::AgeAndHousehold},
        {"CHILDREN_RATIO", FeatureFamily::AgeAndHousehold},
        {"CREDIT_GOODS_RATIO", FeatureFamily::CreditTerms},
        {"CREDIT_TERM", FeatureFamily::CreditTerms},
        {"DAYS_EMPLOYED_ANOM", FeatureFamily::EmploymentAnomaly},
        {"DOCUMENT_COUNT", FeatureFamily::DocumentCount},
        {"PAYMENT_RATE", FeatureFamily::RecipeRatios},
        {"DAYS_EMPLOYED_PERC", FeatureFamily::RecipeRatios},
        {"DAYS_ID_PUBLISH_PERC", FeatureFamily::DateRatios},
        {"AMT_CREDIT", FeatureFamily::ApplicationRaw},
        {"NAME_INCOME_TYPE_Working", FeatureFamily::ApplicationRaw},
    };
    std::size_t seen = 0;
    for (const auto& feature : spec.features) {
        if (const auto found = expected.find(feature.name); found != expected.end()) {
            CAPTURE(feature.name);
            CHECK(familyOf(feature) == found->second);
            ++seen;
        }
        // Every engineered application feature (a ratio or a flag) is in a named family of
        // extras, never silently counted as a raw column.
        if (feature.table == "application" &&
            (feature.aggregation == "ratio" || feature.aggregation == "flag")) {
            CAPTURE(feature.name);
            CHECK(familyOf(feature) != FeatureFamily::ApplicationRaw);
        }
    }
    CHECK(seen == expected.size());
    // Related tables: one family each (bureau_balance goes with bureau).
    for (const auto& feature : spec.features) {
        CAPTURE(feature.name, feature.table);
        if (feature.table == "bureau_balance" || feature.table == "bureau")
            CHECK(familyOf(feature) == FeatureFamily::Bureau);
        if (feature.table == "credit_card_balance")
            CHECK(familyOf(feature) == FeatureFamily::CreditCard);
    }
}

TEST_CASE("switching a family off removes exactly its columns, the rest keeping their order")
{
    const auto full = FeaturePipeline::fit(everyFamily());
    for (const auto family : allFeatureFamilies()) {
        CAPTURE(familyName(family));
        REQUIRE(!namesOf(full, family, true).empty()); // the tiny data has every family
        FeatureFamilySelection selection;
        selection.disable(family);
        auto spec = full;
        selection.applyTo(spec);
        CHECK(spec.names() == namesOf(full, family, false));
        CHECK(spec.categories == full.categories); // the vocabulary stays
        // The reduced spec transforms data into exactly its own columns.
        const auto matrix = FeaturePipeline::transform(everyFamily(), spec);
        CHECK(matrix.featureNames == spec.names());
        CHECK(matrix.columns() == spec.features.size());
    }
    auto all = full;
    FeatureFamilySelection::all().applyTo(all);
    CHECK(all == full);
}

TEST_CASE("the feature policy holds whatever families are on")
{
    auto dataset = tinyDataset();
    texts(dataset.applications, "CODE_GENDER", {"F", "M", "F"});
    const auto spec = FeaturePipeline::fit(dataset, FeaturePolicy::defaults());
    for (const auto& feature : spec.features)
        CHECK(feature.labelKey != "CODE_GENDER");
    // Every family on is still the policy's spec: families only ever remove columns.
    auto withFamilies = spec;
    FeatureFamilySelection::all().applyTo(withFamilies);
    CHECK(withFamilies == spec);
    const auto unrestricted = FeaturePipeline::fit(dataset, FeaturePolicy::none());
    CHECK(unrestricted.features.size() > spec.features.size());
}

TEST_CASE("a family selection reads and writes its JSON, and refuses unknown families")
{
    FeatureFamilySelection selection;
    selection.disable(FeatureFamily::DateRatios);
    selection.disable(FeatureFamily::ExtSourceStats);
    selection.disable(FeatureFamily::DateRatios); // twice: once
    CHECK(selection.disabled ==
          std::vector{FeatureFamily::ExtSourceStats, FeatureFamily::DateRatios});
    CHECK(selection.disabledText() == "ext_source_stats, date_ratios");
    const auto json = selection.toJson();
    CHECK(json.size() == allFeatureFamilies().size());
    CHECK(json.at("ext_source_stats") == false);
    CHECK(json.at("bureau") == true);
    CHECK(FeatureFamilySelection::fromJson(json) == selection);
    // A family not named stays on.
    CHECK(FeatureFamilySelection::fromJson(nlohmann::json::parse(R"({"date_ratios": false})"))
              .disabled == std::vector{FeatureFamily::DateRatios});
    CHECK_THROWS_WITH(
        FeatureFamilySelection::fromJson(nlohmann::json::parse(R"({"ext_sources": false})")),
        Catch::Contains("unknown family \"ext_sources\""));
    CHECK_THROWS_WITH(
        FeatureFamilySelection::fromJson(nlohmann::json::parse(R"({"bureau": "no"})")),
        Catch::Contains("bureau must be true or false"));
    CHECK_THROWS(FeatureFamilySelection::fromJson(nlohmann::json::array()));
    selection.enable(FeatureFamily::ExtSourceStats);
    CHECK(selection.disabled == std::vector{FeatureFamily::DateRatios});
    CHECK(FeatureFamilySelection::all().disabledText() == "none");
}
