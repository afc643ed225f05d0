#include "FeatureLookup.h"
#include "TinyDataset.h"
#include "features/FeaturePipeline.h"
#include "features/SpecMismatchError.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace credit::features;
using namespace credit::features::testing;

TEST_CASE("a spec survives a JSON round trip, in memory and through a file")
{
    const auto spec = FeaturePipeline::fit(tinyDataset());
    REQUIRE(spec.features.size() > 100);
    const auto text = spec.toJson().dump();
    CHECK(FeatureSpec::fromJson(nlohmann::json::parse(text)) == spec);

    const auto file = std::filesystem::temp_directory_path() / "credit_features_spec_test.json";
    spec.save(file);
    CHECK(FeatureSpec::load(file) == spec);
    std::filesystem::remove(file);

    const auto json = spec.toJson();
    CHECK(json.at("version") == FeatureSpec::kFormatVersion);
    const auto& first = json.at("features").at(0);
    CHECK(first.contains("labelKey"));
    CHECK(first.contains("table"));
    CHECK(first.contains("columns"));
    CHECK(first.contains("aggregation"));
}

TEST_CASE("a spec of an unknown version or with a missing field is refused with a clear message")
{
    auto json = FeaturePipeline::fit(tinyDataset()).toJson();
    json["version"] = 99;
    CHECK_THROWS_WITH(FeatureSpec::fromJson(json), Catch::Contains("version 99"));
    json["version"] = 1;
    json["features"][3].erase("labelKey");
    CHECK_THROWS_WITH(FeatureSpec::fromJson(json),
                      Catch::Contains("features[3]") && Catch::Contains("labelKey"));
    CHECK_THROWS_WITH(FeatureSpec::load("/nonexistent/spec.json"),
                      Catch::Contains("/nonexistent/spec.json"));
}

TEST_CASE("category levels learned at fit are stored sorted with the missing level flagged")
{
    const auto spec = FeaturePipeline::fit(tinyDataset());
    const auto* income = spec.findCategory("application", "NAME_INCOME_TYPE");
    REQUIRE(income != nullptr);
    CHECK(income->levels == std::vector<std::string>{"Pensioner", "Working"});
    CHECK(income->missingLevel);
    const auto* status = spec.findCategory("bureau_balance", "STATUS");
    REQUIRE(status != nullptr);
    CHECK(status->levels == std::vector<std::string>{"0", "1", "C", "X"});
    CHECK_FALSE(status->missingLevel);
}

TEST_CASE("transform with a spec reproduces the spec's exact column order")
{
    const auto dataset = tinyDataset();
    const auto spec = FeaturePipeline::fit(dataset);
    const auto original = FeaturePipeline::transform(dataset, spec);

    FeatureSpec reordered = spec;
    std::reverse(reordered.features.begin(), reordered.features.end());
    reordered.features.resize(reordered.features.size() / 2);
    const auto shuffled = FeaturePipeline::transform(dataset, reordered);
    REQUIRE(shuffled.featureNames == reordered.names());
    for (std::size_t column = 0; column < shuffled.columns(); ++column) {
        const auto& name = shuffled.featureNames[column];
        for (long long client : {1, 2, 3}) {
            const double a = valueOf(shuffled, client, name);
            const double b = valueOf(original, client, name);
            INFO(name << " client " << client);
            CHECK(((std::isnan(a) && std::isnan(b)) || a == b));
        }
    }
}

TEST_CASE("a spec whose source columns are absent from the data is an error naming the features")
{
    const auto spec = FeaturePipeline::fit(tinyDataset());
    auto dataset = tinyDataset();
    // The same applicants without AMT_ANNUITY.
    credit::data::Table withoutAnnuity("application_train");
    for (const auto& column : dataset.applications.columns())
        if (column.name() != "AMT_ANNUITY")
            withoutAnnuity.addColumn(column);
    dataset.applications = std::move(withoutAnnuity);

    try {
        FeaturePipeline::transform(dataset, spec);
        FAIL("transform accepted a spec that reads AMT_ANNUITY");
    } catch (const SpecMismatchError& error) {
        const auto& differing = error.differingFeatures();
        for (const char* feature :
             {"AMT_ANNUITY", "ANNUITY_INCOME_PERC", "PAYMENT_RATE", "CREDIT_TERM"})
            CHECK(std::find(differing.begin(), differing.end(), feature) != differing.end());
        CHECK(differing.size() == 4);
        CHECK_THAT(error.what(),
                   Catch::Contains("PAYMENT_RATE") && Catch::Contains("application.AMT_ANNUITY"));
    }
}

TEST_CASE("a spec naming a feature this version does not compute is an error naming it")
{
    const auto dataset = tinyDataset();
    auto spec = FeaturePipeline::fit(dataset);
    spec.features.push_back(
        {"BURO_MYSTERY_MEAN", "bureau", {"DAYS_CREDIT"}, "mean", "", false, "bureau.credits"});
    CHECK_THROWS_WITH(FeaturePipeline::transform(dataset, spec),
                      Catch::Contains("BURO_MYSTERY_MEAN"));
}

TEST_CASE("a transformer that has seen a good layout still refuses a record missing a column")
{
    const auto spec = FeaturePipeline::fit(tinyDataset());
    const credit::features::FeatureTransformer transformer(spec);
    auto dataset = tinyDataset();
    const auto first = transformer.valuesOf(dataset);
    CHECK(first.rows() == static_cast<Eigen::Index>(dataset.applications.rowCount()));
    const auto again = transformer.valuesOf(dataset); // the remembered layout: same values
    CHECK(((again.array() == first.array()) || (again.array().isNaN() && first.array().isNaN()))
              .all());

    credit::data::Table withoutAnnuity("application_train");
    for (const auto& column : dataset.applications.columns())
        if (column.name() != "AMT_ANNUITY")
            withoutAnnuity.addColumn(column);
    dataset.applications = std::move(withoutAnnuity);
    CHECK_THROWS_AS(transformer.valuesOf(dataset), SpecMismatchError);
    CHECK_THROWS_AS(transformer.valuesOf(dataset), SpecMismatchError); // never remembered
}
