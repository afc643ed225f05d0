// Bureau rows that share one SK_ID_BUREAU share its bureau_balance group. The join summarises a
// group once and copies its line (issue 25: repeating one key over many bureau rows cost bureau
// rows x balance rows); the features must be those of the same credits given distinct keys.
#include "TinyDataset.h"
#include "features/FeaturePipeline.h"

#include <catch2/catch.hpp>

using namespace credit;
using namespace credit::features;
using namespace credit::features::testing;

namespace {

// Applicants 1 and 2 with identical applications and credits; 1's three credits all carry key
// 10, 2's carry 20, 21 and 22, and every key has the same three months.
data::HomeCreditDataset sharedAndDistinctKeys()
{
    using K = data::ColumnKind;
    data::HomeCreditDataset dataset;
    dataset.applications = data::Table("application_train");
    numbers(dataset.applications, "SK_ID_CURR", K::Key, {1, 2});
    numbers(dataset.applications, "TARGET", K::Integer, {0, 1});
    numbers(dataset.applications, "AMT_INCOME_TOTAL", K::Real, {100000, 100000});
    numbers(dataset.applications, "AMT_CREDIT", K::Real, {200000, 200000});

    data::Table bureau("bureau");
    numbers(bureau, "SK_ID_CURR", K::Key, {1, 1, 1, 2, 2, 2});
    numbers(bureau, "SK_ID_BUREAU", K::Key, {10, 10, 10, 20, 21, 22});
    texts(bureau, "CREDIT_ACTIVE", {"Active", "Closed", "Active", "Active", "Closed", "Active"});
    numbers(bureau, "AMT_CREDIT_SUM", K::Real, {1000, 2000, 3000, 1000, 2000, 3000});
    dataset.bureau = std::move(bureau);

    data::Table balance("bureau_balance");
    numbers(balance, "SK_ID_BUREAU", K::Key, {10, 10, 10, 20, 20, 20, 21, 21, 21, 22, 22, 22});
    numbers(balance, "MONTHS_BALANCE", K::Integer,
            {-1, -2, -3, -1, -2, -3, -1, -2, -3, -1, -2, -3});
    texts(balance, "STATUS", {"0", "1", "C", "0", "1", "C", "0", "1", "C", "0", "1", "C"});
    dataset.bureauBalance = std::move(balance);
    dataset.checkIntegrity();
    return dataset;
}

} // namespace

TEST_CASE("credits sharing one SK_ID_BUREAU get the features of the same credits keyed apart")
{
    const auto dataset = sharedAndDistinctKeys();
    const auto spec = FeaturePipeline::fit(dataset);
    const auto matrix = FeaturePipeline::transform(dataset, spec);
    REQUIRE(matrix.rows() == 2);
    std::size_t balanceFeatures = 0;
    for (std::size_t column = 0; column < matrix.columns(); ++column) {
        const auto& name = matrix.featureNames[column];
        INFO(name);
        const auto index = static_cast<Eigen::Index>(column);
        CHECK(bitsOf(matrix.values(0, index)) == bitsOf(matrix.values(1, index)));
        balanceFeatures += name.find("MONTHS_BALANCE") != std::string::npos ||
                           name.find("STATUS") != std::string::npos;
    }
    CHECK(balanceFeatures > 0); // the comparison covered the bureau_balance summaries
    const auto size = std::find(matrix.featureNames.begin(), matrix.featureNames.end(),
                                "BURO_MONTHS_BALANCE_SIZE_SUM");
    REQUIRE(size != matrix.featureNames.end());
    CHECK(matrix.values(0, size - matrix.featureNames.begin()) == 9.0f); // 3 credits x 3 months
}
