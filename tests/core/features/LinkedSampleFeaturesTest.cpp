// The real linked sample (1,000 applicants with their histories) through the whole pipeline.
#include "SharedData.h"
#include "features/ClientRecord.h"
#include "features/DatasetTables.h"
#include "features/FeaturePipeline.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

using namespace credit;
using namespace credit::features;

namespace {

const data::HomeCreditDataset& linkedSample()
{
    static const auto dataset =
        data::HomeCreditDataset::load(testing::sharedDataDir() / "linked-1000");
    return dataset;
}

std::uint32_t bitsOf(float value)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

// True when the feature's source data holds no value at all: the table is absent or empty, or
// every source column is entirely missing there.
bool sourceRowsAbsent(const FeatureDefinition& feature, const data::HomeCreditDataset& dataset)
{
    const data::Table* table = findTable(dataset, feature.table);
    if (table == nullptr || table->rowCount() == 0)
        return true;
    for (const auto& name : feature.columns) {
        const auto& column = table->column(name);
        for (std::size_t row = 0; row < column.size(); ++row)
            if (!column.isMissing(row))
                return false;
    }
    return true;
}

} // namespace

TEST_CASE("the linked sample gives at least 500 features with recipe names")
{
    const auto spec = FeaturePipeline::fit(linkedSample());
    CHECK(spec.features.size() >= 500);
    const auto names = spec.names();
    for (const char* expected :
         {"EXT_SOURCE_3", "NAME_INCOME_TYPE_Working", "PAYMENT_RATE", "BURO_DAYS_CREDIT_MEAN",
          "ACTIVE_AMT_CREDIT_SUM_MAX", "CLOSED_DAYS_CREDIT_VAR", "BURO_STATUS_0_MEAN_MEAN",
          "PREV_APP_CREDIT_PERC_MEAN", "APPROVED_AMT_CREDIT_MEAN", "REFUSED_DAYS_DECISION_MAX",
          "POS_SK_DPD_MAX", "POS_COUNT", "INSTAL_DPD_MEAN", "INSTAL_PAYMENT_PERC_VAR",
          "INSTAL_COUNT", "CC_AMT_BALANCE_MEAN", "CC_COUNT"}) {
        INFO(expected);
        CHECK(std::find(names.begin(), names.end(), expected) != names.end());
    }
}

TEST_CASE("no feature is NaN for every applicant unless its source rows are absent")
{
    const auto& dataset = linkedSample();
    const auto spec = FeaturePipeline::fit(dataset);
    const auto features = FeaturePipeline::transform(dataset, spec);
    REQUIRE(features.rows() == 1000);
    std::vector<std::string> allMissing;
    for (std::size_t column = 0; column < features.columns(); ++column) {
        const auto values = features.values.col(static_cast<Eigen::Index>(column));
        if (values.array().isNaN().all() && !sourceRowsAbsent(spec.features[column], dataset))
            allMissing.push_back(spec.features[column].name);
    }
    INFO("all-NaN features with source values: " << allMissing.size());
    for (const auto& name : allMissing)
        UNSCOPED_INFO(name);
    CHECK(allMissing.empty());
}

TEST_CASE("batch and single-client features are bit-identical for each of the 1,000 applicants")
{
    const auto& dataset = linkedSample();
    const auto spec = FeaturePipeline::fit(dataset);
    const auto batch = FeaturePipeline::transform(dataset, spec, nullptr, {2});
    const ClientExtractor extractor(dataset);
    std::size_t differing = 0;
    std::string firstDifference;
    for (std::size_t row = 0; row < dataset.applications.rowCount(); ++row) {
        const auto single = FeaturePipeline::transform(extractor.extract(row), spec);
        for (std::size_t column = 0; column < batch.columns(); ++column) {
            const auto a = bitsOf(single.values(0, static_cast<Eigen::Index>(column)));
            const auto b = bitsOf(
                batch.values(static_cast<Eigen::Index>(row), static_cast<Eigen::Index>(column)));
            if (a != b && differing++ == 0)
                firstDifference = "client " + std::to_string(batch.clientIds[row]) + " feature " +
                                  batch.featureNames[column];
        }
    }
    INFO(firstDifference);
    CHECK(differing == 0);
}

TEST_CASE("the one-thread and two-thread batch transforms agree")
{
    const auto& dataset = linkedSample();
    const auto spec = FeaturePipeline::fit(dataset);
    const auto one = FeaturePipeline::transform(dataset, spec, nullptr, {1});
    const auto two = FeaturePipeline::transform(dataset, spec, nullptr, {2});
    CHECK(std::memcmp(one.values.data(), two.values.data(), sizeof(float) * one.values.size()) ==
          0);
}
