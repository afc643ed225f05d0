#include "FeatureLookup.h"
#include "TinyDataset.h"
#include "features/FeaturePipeline.h"

#include <catch2/catch.hpp>

using namespace credit::features;
using namespace credit::features::testing;
using Catch::Detail::Approx;

namespace {

FeatureMatrix tinyFeatures(TransformReport* report = nullptr)
{
    const auto dataset = tinyDataset();
    return FeaturePipeline::transform(dataset, FeaturePipeline::fit(dataset), report);
}

} // namespace

TEST_CASE("raw application columns keep their names; the key and TARGET are not features")
{
    const auto features = tinyFeatures();
    CHECK(valueOf(features, 1, "AMT_CREDIT") == 200000.0);
    CHECK(valueOf(features, 2, "EXT_SOURCE_3") == Approx(0.5));
    CHECK(valueOf(features, 1, "FLAG_OWN_CAR") == 1.0);
    CHECK_FALSE(hasFeature(features, "TARGET"));
    CHECK_FALSE(hasFeature(features, "SK_ID_CURR"));
    CHECK(features.clientIds == std::vector<long long>{1, 2, 3});
}

TEST_CASE("DAYS_EMPLOYED 365243 becomes missing with an anomaly flag")
{
    const auto features = tinyFeatures();
    CHECK(std::isnan(valueOf(features, 2, "DAYS_EMPLOYED")));
    CHECK(valueOf(features, 2, "DAYS_EMPLOYED_ANOM") == 1.0);
    CHECK(valueOf(features, 1, "DAYS_EMPLOYED_ANOM") == 0.0);
    CHECK(std::isnan(valueOf(features, 3, "DAYS_EMPLOYED_ANOM")));
    CHECK(valueOf(features, 1, "DAYS_EMPLOYED") == -1000.0);
    CHECK(std::isnan(valueOf(features, 2, "DAYS_EMPLOYED_PERC")));
}

TEST_CASE("application ratios follow the recipe, with NaN for a zero or missing denominator")
{
    const auto features = tinyFeatures();
    CHECK(valueOf(features, 1, "DAYS_EMPLOYED_PERC") == Approx(1000.0 / 10957.5));
    CHECK(valueOf(features, 1, "INCOME_CREDIT_PERC") == Approx(0.5));
    CHECK(valueOf(features, 1, "INCOME_PER_PERSON") == Approx(50000.0));
    CHECK(valueOf(features, 1, "ANNUITY_INCOME_PERC") == Approx(0.1));
    CHECK(valueOf(features, 1, "PAYMENT_RATE") == Approx(0.05));
    CHECK(valueOf(features, 1, "CREDIT_GOODS_RATIO") == Approx(200000.0 / 180000.0));
    CHECK(valueOf(features, 1, "AGE_YEARS") == Approx(30.0));
    CHECK(std::isnan(valueOf(features, 3, "INCOME_CREDIT_PERC"))); // AMT_CREDIT = 0
    CHECK(std::isnan(valueOf(features, 2, "PAYMENT_RATE")));       // AMT_ANNUITY missing
    CHECK(std::isnan(valueOf(features, 3, "INCOME_PER_PERSON")));  // CNT_FAM_MEMBERS missing
}

TEST_CASE("external score statistics skip missing scores; the product needs all three")
{
    const auto features = tinyFeatures();
    CHECK(valueOf(features, 1, "EXT_SOURCES_MEAN") == Approx(0.6));
    CHECK(valueOf(features, 1, "EXT_SOURCES_MIN") == Approx(0.5));
    CHECK(valueOf(features, 1, "EXT_SOURCES_MAX") == Approx(0.7));
    CHECK(valueOf(features, 1, "EXT_SOURCES_STD") == Approx(0.1));
    CHECK(valueOf(features, 1, "EXT_SOURCES_PROD") == Approx(0.21));
    CHECK(valueOf(features, 2, "EXT_SOURCES_MEAN") == Approx(0.4));
    CHECK(valueOf(features, 2, "EXT_SOURCES_STD") == Approx(std::sqrt(0.02)));
    CHECK(std::isnan(valueOf(features, 2, "EXT_SOURCES_PROD")));
    CHECK(std::isnan(valueOf(features, 3, "EXT_SOURCES_STD"))); // a single score
    CHECK(valueOf(features, 3, "EXT_SOURCES_MISSING") == 2.0);
}

TEST_CASE("categories become one-hot columns over the levels seen at fit, with a _nan level")
{
    const auto features = tinyFeatures();
    CHECK(valueOf(features, 1, "NAME_INCOME_TYPE_Working") == 1.0);
    CHECK(valueOf(features, 1, "NAME_INCOME_TYPE_Pensioner") == 0.0);
    CHECK(valueOf(features, 1, "NAME_INCOME_TYPE_nan") == 0.0);
    CHECK(valueOf(features, 3, "NAME_INCOME_TYPE_nan") == 1.0);
    CHECK(valueOf(features, 3, "NAME_INCOME_TYPE_Working") == 0.0);
}

TEST_CASE("a level unseen at fit gives all-zero one-hot columns and is counted")
{
    const auto training = tinyDataset();
    const auto spec = FeaturePipeline::fit(training);
    auto scoring = tinyDataset();
    scoring.applications.column("NAME_INCOME_TYPE").setCategory(0, "Student");
    TransformReport report;
    const auto features = FeaturePipeline::transform(scoring, spec, &report);
    CHECK(valueOf(features, 1, "NAME_INCOME_TYPE_Working") == 0.0);
    CHECK(valueOf(features, 1, "NAME_INCOME_TYPE_Pensioner") == 0.0);
    CHECK(valueOf(features, 1, "NAME_INCOME_TYPE_nan") == 0.0);
    CHECK_FALSE(hasFeature(features, "NAME_INCOME_TYPE_Student"));
    CHECK(report.unseenCategoryValues == 1);
    CHECK(report.unseenByColumn.at("application.NAME_INCOME_TYPE") == 1);

    TransformReport clean;
    FeaturePipeline::transform(training, spec, &clean);
    CHECK(clean.unseenCategoryValues == 0);
}

TEST_CASE("one-hot names are made safe for CSV headers and model files")
{
    auto dataset = tinyDataset();
    dataset.applications.column("NAME_INCOME_TYPE").setCategory(1, "Commercial associate");
    const auto features = FeaturePipeline::transform(dataset, FeaturePipeline::fit(dataset));
    CHECK(valueOf(features, 2, "NAME_INCOME_TYPE_Commercial_associate") == 1.0);
}

TEST_CASE("every feature has a label key: the column for application features")
{
    const auto spec = FeaturePipeline::fit(tinyDataset());
    for (const auto& feature : spec.features) {
        INFO(feature.name);
        CHECK_FALSE(feature.labelKey.empty());
        if (feature.name.rfind("NAME_INCOME_TYPE_", 0) == 0)
            CHECK(feature.labelKey == "NAME_INCOME_TYPE");
        if (feature.name == "EXT_SOURCE_3")
            CHECK(feature.labelKey == "EXT_SOURCE_3");
        if (feature.name.rfind("ACTIVE_", 0) == 0)
            CHECK(feature.labelKey == "bureau.active");
        if (feature.name.rfind("REFUSED_", 0) == 0)
            CHECK(feature.labelKey == "previous.refused");
    }
}
