#include "TinyDataset.h"
#include "features/ClientRecord.h"
#include "features/FeaturePipeline.h"

#include <catch2/catch.hpp>

using namespace credit::features;
using namespace credit::features::testing;

TEST_CASE("a client record holds one applicant and exactly their history, in file order")
{
    const auto dataset = tinyDataset();
    const ClientExtractor extractor(dataset);
    const auto client = extractor.extract(0);
    CHECK(client.clientId() == 1);
    CHECK(client.data.applications.rowCount() == 1);
    CHECK(client.data.bureau->rowCount() == 3);
    CHECK(client.data.bureauBalance->rowCount() == 4); // credits 10 and 11; 12 has none
    CHECK(client.data.bureau->column("SK_ID_BUREAU").number(1) == 11.0);
    CHECK(client.data.creditCardBalance->rowCount() == 0);
    const auto nobody = extractor.extract(2);
    CHECK(nobody.data.previousApplications->rowCount() == 0);
}

TEST_CASE("single-client features are bit-identical to the batch row")
{
    const auto dataset = tinyDataset();
    const auto spec = FeaturePipeline::fit(dataset);
    const auto batch = FeaturePipeline::transform(dataset, spec);
    const ClientExtractor extractor(dataset);
    for (std::size_t row = 0; row < dataset.applications.rowCount(); ++row) {
        const auto single = FeaturePipeline::transform(extractor.extract(row), spec);
        REQUIRE(single.rows() == 1);
        REQUIRE(single.featureNames == batch.featureNames);
        for (std::size_t column = 0; column < batch.columns(); ++column) {
            INFO("row " << row << " feature " << batch.featureNames[column]);
            CHECK(bitsOf(single.values(0, static_cast<Eigen::Index>(column))) ==
                  bitsOf(batch.values(static_cast<Eigen::Index>(row),
                                      static_cast<Eigen::Index>(column))));
        }
    }
}

TEST_CASE("one transformer scoring client after client reuses bound blocks without mixing them up")
{
    const auto dataset = tinyDataset();
    const auto spec = FeaturePipeline::fit(dataset);
    const auto batch = FeaturePipeline::transform(dataset, spec);
    const ClientExtractor extractor(dataset);
    const FeatureTransformer transformer(spec);
    const auto sameAs = [&](const FeatureValues& values, const FeatureValues& expected,
                            Eigen::Index expectedRow) {
        REQUIRE(values.cols() == expected.cols());
        for (Eigen::Index column = 0; column < values.cols(); ++column) {
            INFO("feature " << spec.features[static_cast<std::size_t>(column)].name);
            REQUIRE(bitsOf(values(0, column)) == bitsOf(expected(expectedRow, column)));
        }
    };

    SECTION("clients of one layout, in any order, get their own batch rows")
    {
        const std::size_t order[] = {0, 1, 2, 0, 2, 1, 1};
        for (const auto row : order) {
            INFO("applicant row " << row);
            sameAs(transformer.valuesOf(extractor.extract(row).data), batch.values,
                   static_cast<Eigen::Index>(row));
        }
    }
    SECTION("a client whose history added a category level, or lacks a table, is bound afresh")
    {
        transformer.valuesOf(extractor.extract(0).data); // bind the common layout first
        auto newLevel = extractor.extract(0).data;
        newLevel.bureau->column("CREDIT_ACTIVE").setCategory(0, "Sold"); // a level it never had
        const auto expectedNewLevel = FeatureTransformer(spec).valuesOf(newLevel);
        sameAs(transformer.valuesOf(newLevel), expectedNewLevel, 0);

        auto newIncomeType = extractor.extract(0).data;
        newIncomeType.applications.column("NAME_INCOME_TYPE").setCategory(0, "Student");
        const auto expectedIncomeType = FeatureTransformer(spec).valuesOf(newIncomeType);
        sameAs(transformer.valuesOf(newIncomeType), expectedIncomeType, 0);

        auto noBureau = extractor.extract(1).data;
        noBureau.bureau.reset();
        noBureau.bureauBalance.reset();
        const auto expectedNoBureau = FeatureTransformer(spec).valuesOf(noBureau);
        sameAs(transformer.valuesOf(noBureau), expectedNoBureau, 0);

        // And the common layout is still right afterwards.
        sameAs(transformer.valuesOf(extractor.extract(1).data), batch.values, 1);
    }
}
