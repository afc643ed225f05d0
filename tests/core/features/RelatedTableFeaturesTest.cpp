// Hand-computed aggregates of the tiny fixture (see TinyDataset.h for the rows). Applicant 1 has
// several rows per table, applicant 2 mostly one (variance NaN), applicant 3 none (NaN except the
// explicit *_COUNT features, which are 0).
#include "FeatureLookup.h"
#include "TinyDataset.h"
#include "features/FeaturePipeline.h"

#include <catch2/catch.hpp>

using namespace credit::features;
using namespace credit::features::testing;
using Catch::Detail::Approx;

namespace {

const FeatureMatrix& tinyFeatures()
{
    static const FeatureMatrix features = [] {
        const auto dataset = tinyDataset();
        return FeaturePipeline::transform(dataset, FeaturePipeline::fit(dataset));
    }();
    return features;
}

double value(long long client, const std::string& feature)
{
    return valueOf(tinyFeatures(), client, feature);
}

} // namespace

TEST_CASE("bureau aggregates over all credits (BURO_*) follow pandas semantics")
{
    CHECK(value(1, "BURO_DAYS_CREDIT_MIN") == -300.0);
    CHECK(value(1, "BURO_DAYS_CREDIT_MAX") == -100.0);
    CHECK(value(1, "BURO_DAYS_CREDIT_MEAN") == Approx(-200.0));
    CHECK(value(1, "BURO_DAYS_CREDIT_VAR") == Approx(10000.0));
    CHECK(value(1, "BURO_AMT_CREDIT_SUM_SUM") == Approx(3000.0)); // the NaN is skipped
    CHECK(value(1, "BURO_AMT_CREDIT_SUM_MEAN") == Approx(1500.0));
    CHECK(value(1, "BURO_AMT_CREDIT_SUM_DEBT_SUM") == Approx(750.0));
    CHECK(value(1, "BURO_CREDIT_DAY_OVERDUE_MEAN") == Approx(5.0 / 3.0));
    CHECK(value(1, "BURO_CREDIT_ACTIVE_Active_MEAN") == Approx(2.0 / 3.0));
    CHECK(value(1, "BURO_CREDIT_ACTIVE_Closed_MEAN") == Approx(1.0 / 3.0));
    CHECK(value(1, "BURO_COUNT") == 3.0);
    CHECK(value(1, "BURO_DEBT_CREDIT_RATIO") == Approx(0.25));
    CHECK(value(1, "BURO_OVERDUE_SHARE") == Approx(1.0 / 3.0));
}

TEST_CASE("a single bureau credit has NaN variance; no credit at all gives NaN but a zero count")
{
    CHECK(std::isnan(value(2, "BURO_DAYS_CREDIT_VAR")));
    CHECK(value(2, "BURO_DAYS_CREDIT_MEAN") == -400.0);
    CHECK(value(2, "BURO_COUNT") == 1.0);
    CHECK(std::isnan(value(3, "BURO_DAYS_CREDIT_MEAN")));
    CHECK(std::isnan(value(3, "BURO_AMT_CREDIT_SUM_SUM"))); // the recipe's left join
    CHECK(std::isnan(value(3, "BURO_CREDIT_ACTIVE_Active_MEAN")));
    CHECK(value(3, "BURO_COUNT") == 0.0);
    CHECK(value(3, "ACTIVE_COUNT") == 0.0);
}

TEST_CASE("ACTIVE_* and CLOSED_* aggregate only credits with that status")
{
    CHECK(value(1, "ACTIVE_DAYS_CREDIT_MEAN") == Approx(-150.0));
    CHECK(value(1, "ACTIVE_DAYS_CREDIT_VAR") == Approx(5000.0));
    CHECK(value(1, "ACTIVE_AMT_CREDIT_SUM_SUM") == Approx(1000.0));
    CHECK(value(1, "ACTIVE_COUNT") == 2.0);
    CHECK(value(1, "ACTIVE_DEBT_CREDIT_RATIO") == Approx(0.75));
    CHECK(value(1, "CLOSED_DAYS_CREDIT_MEAN") == -300.0);
    CHECK(std::isnan(value(1, "CLOSED_DAYS_CREDIT_VAR")));
    // A present group whose values are all NaN sums to 0 (pandas), its mean is NaN.
    CHECK(value(1, "CLOSED_AMT_CREDIT_SUM_DEBT_SUM") == 0.0);
    CHECK(std::isnan(value(1, "CLOSED_AMT_CREDIT_SUM_DEBT_MEAN")));
    // Applicant 2 has no active credit: the whole ACTIVE_ group is NaN, the count 0.
    CHECK(std::isnan(value(2, "ACTIVE_AMT_CREDIT_SUM_SUM")));
    CHECK(value(2, "ACTIVE_COUNT") == 0.0);
    CHECK(value(2, "CLOSED_COUNT") == 1.0);
}

TEST_CASE("bureau_balance is summarised per credit, then averaged over the applicant's credits")
{
    // Credit 10: months -2..0, statuses 1, 0, C. Credit 11: month -5, X. Credit 12: no rows.
    CHECK(value(1, "BURO_MONTHS_BALANCE_MIN_MIN") == -5.0);
    CHECK(value(1, "BURO_MONTHS_BALANCE_MAX_MAX") == 0.0);
    CHECK(value(1, "BURO_MONTHS_BALANCE_SIZE_MEAN") == Approx(2.0));
    CHECK(value(1, "BURO_MONTHS_BALANCE_SIZE_SUM") == Approx(4.0));
    CHECK(value(1, "BURO_STATUS_0_MEAN_MEAN") == Approx(1.0 / 6.0));
    CHECK(value(1, "BURO_STATUS_X_MEAN_MEAN") == Approx(0.5));
    CHECK(value(1, "BURO_STATUS_1_MEAN_MEAN") == Approx(1.0 / 6.0));
    CHECK(value(1, "BURO_BB_LATE_SHARE") == Approx(0.25));
    CHECK(value(1, "ACTIVE_MONTHS_BALANCE_SIZE_MEAN") == Approx(3.0));
    CHECK(value(2, "BURO_STATUS_0_MEAN_MEAN") == 1.0);
    CHECK(std::isnan(value(3, "BURO_MONTHS_BALANCE_SIZE_SUM")));
}

TEST_CASE("previous applications: APP_CREDIT_PERC, 365243 as missing, approved and refused")
{
    CHECK(value(1, "PREV_APP_CREDIT_PERC_MIN") == Approx(0.5));
    CHECK(value(1, "PREV_APP_CREDIT_PERC_MAX") == Approx(1.25));
    CHECK(value(1, "PREV_APP_CREDIT_PERC_MEAN") == Approx(0.875)); // AMT_CREDIT 0 gives NaN
    CHECK(value(1, "PREV_APP_CREDIT_PERC_VAR") == Approx(0.28125));
    CHECK(value(1, "PREV_DAYS_FIRST_DUE_MEAN") == Approx(-35.0)); // 365243 skipped
    CHECK(value(1, "PREV_DAYS_FIRST_DUE_MAX") == -30.0);
    CHECK(value(1, "PREV_NAME_CONTRACT_STATUS_Approved_MEAN") == Approx(2.0 / 3.0));
    CHECK(value(1, "APPROVED_AMT_APPLICATION_MEAN") == Approx(650.0));
    CHECK(value(1, "APPROVED_APP_CREDIT_PERC_VAR") == Approx(0.28125));
    CHECK(value(1, "REFUSED_AMT_APPLICATION_MAX") == 500.0);
    CHECK(std::isnan(value(1, "REFUSED_APP_CREDIT_PERC_MEAN")));
    CHECK(value(1, "PREV_COUNT") == 3.0);
    CHECK(value(1, "APPROVED_COUNT") == 2.0);
    CHECK(value(1, "REFUSED_COUNT") == 1.0);
    CHECK(std::isnan(value(2, "APPROVED_AMT_APPLICATION_MEAN")));
    CHECK(value(3, "PREV_COUNT") == 0.0);
    CHECK(std::isnan(value(3, "PREV_AMT_APPLICATION_MEAN")));
}

TEST_CASE("the last previous application is the latest decision, the first of equal dates")
{
    CHECK(value(1, "PREV_LAST_DAYS_DECISION") == -50.0);
    CHECK(value(1, "PREV_LAST_STATUS_Refused") == 1.0);
    CHECK(value(1, "PREV_LAST_STATUS_Approved") == 0.0);
    CHECK(value(2, "PREV_LAST_STATUS_Refused") == 1.0);
    CHECK(std::isnan(value(3, "PREV_LAST_STATUS_Refused")));
    CHECK(std::isnan(value(3, "PREV_LAST_DAYS_DECISION")));
}

TEST_CASE("POS_CASH aggregates, the last 12 months and the days-past-due trend")
{
    CHECK(value(1, "POS_MONTHS_BALANCE_MAX") == -2.0);
    CHECK(value(1, "POS_MONTHS_BALANCE_MEAN") == Approx(-32.0 / 3.0));
    CHECK(value(1, "POS_MONTHS_BALANCE_SIZE") == 3.0);
    CHECK(value(1, "POS_SK_DPD_MAX") == 5.0);
    CHECK(value(1, "POS_SK_DPD_MEAN") == Approx(8.0 / 3.0));
    CHECK(value(1, "POS_SK_DPD_DEF_MEAN") == Approx(1.0 / 3.0));
    CHECK(value(1, "POS_NAME_CONTRACT_STATUS_Active_MEAN") == Approx(2.0 / 3.0));
    CHECK(value(1, "POS_COUNT") == 3.0);
    CHECK(value(1, "POS_RECENT_SK_DPD_MAX") == 3.0);
    CHECK(value(1, "POS_RECENT_SK_DPD_MEAN") == Approx(1.5));
    CHECK(value(1, "POS_RECENT_COUNT") == 2.0);
    CHECK(value(1, "POS_SK_DPD_TREND") == Approx(-3.5));
    CHECK(value(1, "POS_LATE_SHARE") == Approx(2.0 / 3.0));
    CHECK(std::isnan(value(2, "POS_SK_DPD_TREND"))); // no month older than a year
    CHECK(value(3, "POS_COUNT") == 0.0);
    CHECK(value(3, "POS_RECENT_COUNT") == 0.0);
    CHECK(std::isnan(value(3, "POS_SK_DPD_MAX")));
}

TEST_CASE("instalments: payment ratio and gap, DPD and DBD clipped at 0, late share, trend")
{
    CHECK(value(1, "INSTAL_DPD_MAX") == 10.0);
    CHECK(value(1, "INSTAL_DPD_MEAN") == Approx(20.0 / 3.0)); // the unpaid one stays missing
    CHECK(value(1, "INSTAL_DPD_SUM") == 20.0);
    CHECK(value(1, "INSTAL_DBD_MAX") == 10.0);
    CHECK(value(1, "INSTAL_DBD_SUM") == 10.0);
    CHECK(value(1, "INSTAL_PAYMENT_PERC_MEAN") == Approx(2.5 / 3.0));
    CHECK(value(1, "INSTAL_PAYMENT_PERC_VAR") == Approx(1.0 / 12.0));
    CHECK(value(1, "INSTAL_PAYMENT_DIFF_MAX") == 50.0);
    CHECK(value(1, "INSTAL_PAYMENT_DIFF_VAR") == Approx(2500.0 / 3.0));
    CHECK(value(1, "INSTAL_NUM_INSTALMENT_VERSION_NUNIQUE") == 2.0);
    CHECK(value(1, "INSTAL_AMT_PAYMENT_MIN") == 50.0);
    CHECK(value(1, "INSTAL_AMT_PAYMENT_SUM") == 350.0);
    CHECK(value(1, "INSTAL_AMT_INSTALMENT_SUM") == 600.0);
    CHECK(value(1, "INSTAL_COUNT") == 4.0);
    CHECK(value(1, "INSTAL_LATE_SHARE") == Approx(2.0 / 3.0));
    CHECK(value(1, "INSTAL_UNDERPAID_SHARE") == Approx(1.0 / 3.0));
    CHECK(value(1, "INSTAL_RECENT_COUNT") == 3.0);
    CHECK(value(1, "INSTAL_RECENT_DPD_MEAN") == Approx(5.0));
    CHECK(value(1, "INSTAL_DPD_TREND") == Approx(-5.0));
    CHECK(std::isnan(value(2, "INSTAL_PAYMENT_PERC_VAR")));
    CHECK(value(2, "INSTAL_DPD_MAX") == 0.0);
    CHECK(value(2, "INSTAL_RECENT_COUNT") == 0.0);
    CHECK(std::isnan(value(2, "INSTAL_RECENT_DPD_MEAN")));
    CHECK(value(3, "INSTAL_COUNT") == 0.0);
    CHECK(std::isnan(value(3, "INSTAL_DPD_SUM")));
}

TEST_CASE("credit card: min, max, mean, sum and var of every column, status one-hots included")
{
    CHECK(value(2, "CC_AMT_BALANCE_MIN") == 100.0);
    CHECK(value(2, "CC_AMT_BALANCE_MAX") == 300.0);
    CHECK(value(2, "CC_AMT_BALANCE_MEAN") == Approx(200.0));
    CHECK(value(2, "CC_AMT_BALANCE_SUM") == 400.0);
    CHECK(value(2, "CC_AMT_BALANCE_VAR") == Approx(20000.0));
    CHECK(value(2, "CC_NAME_CONTRACT_STATUS_Active_MEAN") == Approx(2.0 / 3.0));
    CHECK(value(2, "CC_NAME_CONTRACT_STATUS_Active_SUM") == 2.0);
    CHECK(value(2, "CC_NAME_CONTRACT_STATUS_Active_MIN") == 0.0);
    CHECK(value(2, "CC_NAME_CONTRACT_STATUS_Active_MAX") == 1.0);
    CHECK(value(2, "CC_NAME_CONTRACT_STATUS_Active_VAR") == Approx(1.0 / 3.0));
    CHECK(value(2, "CC_COUNT") == 3.0);
    CHECK(value(2, "CC_UTILISATION_MEAN") == Approx(0.2)); // a zero limit gives NaN, skipped
    CHECK(value(2, "CC_LATE_SHARE") == Approx(1.0 / 3.0));
    CHECK(value(1, "CC_COUNT") == 0.0);
    CHECK(std::isnan(value(1, "CC_AMT_BALANCE_SUM")));
}

TEST_CASE("fit leaves out features whose source columns the data does not have")
{
    const auto& features = tinyFeatures();
    CHECK_FALSE(hasFeature(features, "BURO_AMT_ANNUITY_MAX")); // no bureau AMT_ANNUITY column
    CHECK_FALSE(hasFeature(features, "PREV_AMT_GOODS_PRICE_MEAN"));
    CHECK(hasFeature(features, "BURO_DAYS_CREDIT_MEAN"));
}

TEST_CASE("a missing related table makes its features NaN and the pipeline still runs")
{
    const auto full = tinyDataset();
    const auto spec = FeaturePipeline::fit(full);
    auto partial = tinyDataset();
    partial.bureau.reset();
    partial.bureauBalance.reset();
    TransformReport report;
    const auto features = FeaturePipeline::transform(partial, spec, &report);
    REQUIRE(features.columns() == spec.features.size());
    CHECK(std::isnan(valueOf(features, 1, "BURO_DAYS_CREDIT_MEAN")));
    CHECK(std::isnan(valueOf(features, 1, "BURO_COUNT")));
    CHECK(std::isnan(valueOf(features, 1, "BURO_STATUS_0_MEAN_MEAN")));
    CHECK(valueOf(features, 1, "PREV_COUNT") == 3.0);
    CHECK(report.absentTables == std::vector<std::string>{"bureau", "bureau_balance"});

    // Fitting on the applicant table alone gives application features only.
    credit::data::HomeCreditDataset applicantsOnly;
    applicantsOnly.applications = tinyApplications();
    const auto small = FeaturePipeline::fit(applicantsOnly);
    for (const auto& feature : small.features)
        CHECK(feature.table == "application");
    CHECK(FeaturePipeline::transform(applicantsOnly, small).rows() == 3);
}

TEST_CASE("a bureau credit without SK_ID_BUREAU counts as a credit with no balance history")
{
    auto dataset = tinyDataset();
    dataset.bureau->column("SK_ID_BUREAU").setNumber(1, NaN); // applicant 2's only credit
    const auto features = FeaturePipeline::transform(dataset, FeaturePipeline::fit(dataset));
    CHECK(valueOf(features, 2, "BURO_COUNT") == 1.0);
    CHECK(std::isnan(valueOf(features, 2, "BURO_STATUS_0_MEAN_MEAN")));
    CHECK(valueOf(features, 1, "BURO_MONTHS_BALANCE_SIZE_SUM") == 4.0);
}
