#include "TinyDataset.h"
#include "features/ClientRecord.h"
#include "features/FeaturePipeline.h"

#include <catch2/catch.hpp>
#include <cstring>

using namespace credit::features;
using namespace credit::features::testing;

namespace {

std::uint32_t bitsOf(float value)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

} // namespace

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
