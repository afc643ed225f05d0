// Group metrics against values computed by hand on a small table, including an empty group and a
// group with no defaulter, which must come back as "not computable" (no NaN anywhere).
#include "fairness/GroupMetrics.h"

#include "data/Table.h"
#include "fairness/FairnessReportJson.h"
#include "fairness/ProtectedGroups.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

using namespace credit;
using namespace credit::fairness;

namespace {

// Four groups, threshold 0.5 (refused at or above):
//   A: (1, .9) (1, .4) (0, .6) (0, .2) (0, .1)
//   B: (0, .3) (0, .7)                     no defaulter
//   C: nobody                               empty
//   D: (1, .5) (0, .5) (0, .45)            a tie between a defaulter and a repaid client
// plus one applicant with the attribute missing (1, .99), counted in no group.
struct SmallTable {
    std::vector<float> labels{1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1};
    std::vector<float> probabilities{0.9f, 0.4f, 0.6f, 0.2f,  0.1f, 0.3f,
                                     0.7f, 0.5f, 0.5f, 0.45f, 0.99f};
    Grouping grouping{"test",
                      "COLUMN",
                      {"Test", "Test"},
                      {{"A", {"A", "A"}}, {"B", {"B", "B"}}, {"C", {"C", "C"}}, {"D", {"D", "D"}}},
                      {0, 0, 0, 0, 0, 1, 1, 3, 3, 3, -1}};
};

GroupingFairness measured(int resamples = 0)
{
    const SmallTable table;
    BootstrapOptions options;
    return measureGroups(table.labels, table.probabilities, 0.5, {table.grouping}, options,
                         resamples)
        .at(0);
}

} // namespace

TEST_CASE("group metrics equal the hand-computed values")
{
    const auto grouping = measured();
    REQUIRE(grouping.groups.size() == 4);
    const auto& a = grouping.groups[0];
    CHECK(a.count == 5);
    CHECK(a.defaults == 2);
    CHECK(*a.defaultRate.value == Approx(0.4));
    CHECK(*a.approvalRate.value == Approx(0.6));
    CHECK(*a.falseRefusalRate.value == Approx(1.0 / 3.0));
    CHECK(*a.defaulterApprovalRate.value == Approx(0.5));
    CHECK(*a.auc.value == Approx(5.0 / 6.0));
    CHECK(*a.approvalRatio.value == Approx(1.0));
    CHECK(*a.falseRefusalGap.value == Approx(0.0));
    CHECK_FALSE(a.flagged);

    const auto& d = grouping.groups[3];
    CHECK(d.count == 3);
    CHECK(*d.approvalRate.value == Approx(1.0 / 3.0));
    CHECK(*d.falseRefusalRate.value == Approx(0.5));
    CHECK(*d.defaulterApprovalRate.value == Approx(0.0));
    CHECK(*d.auc.value == Approx(0.75)); // the tie counts one half
    CHECK(*d.approvalRatio.value == Approx((1.0 / 3.0) / 0.6));
    CHECK(d.flagged); // 0.556 < 0.8
    CHECK(*d.falseRefusalGap.value == Approx(0.5 - 1.0 / 3.0));

    CHECK(grouping.referenceGroup == "A");
    CHECK(*grouping.largestFalseRefusalGap == Approx(0.5 - 1.0 / 3.0));
}

TEST_CASE("a group with no defaulter has no AUC and no approval among defaulters, with the reason")
{
    const auto b = measured().groups[1];
    CHECK(b.count == 2);
    CHECK(*b.defaultRate.value == Approx(0.0));
    CHECK(*b.approvalRate.value == Approx(0.5));
    CHECK(*b.falseRefusalRate.value == Approx(0.5));
    CHECK(*b.approvalRatio.value == Approx(0.5 / 0.6));
    CHECK_FALSE(b.flagged); // 0.833 is above the 0.8 flag
    CHECK_FALSE(b.auc.computable());
    CHECK(b.auc.notComputable == "no defaulter in this group");
    CHECK_FALSE(b.defaulterApprovalRate.computable());
    CHECK(b.defaulterApprovalRate.notComputable == "no defaulter in this group");
}

TEST_CASE("an empty group is not computable on every metric and is never flagged")
{
    const auto c = measured().groups[2];
    CHECK(c.count == 0);
    for (const auto* estimate : {&c.defaultRate, &c.approvalRate, &c.auc, &c.falseRefusalRate,
                                 &c.defaulterApprovalRate, &c.approvalRatio, &c.falseRefusalGap}) {
        CHECK_FALSE(estimate->computable());
        CHECK(estimate->notComputable == "no client in this group");
    }
    CHECK_FALSE(c.flagged);
}

TEST_CASE("the JSON says not computable with a reason and holds no NaN")
{
    const auto grouping = measured(200);
    FairnessReport report;
    report.probabilities = "out-of-fold";
    report.groupings = {grouping};
    report.resamples = 200;
    const auto json = toJson(report);
    const auto text = json.dump();
    CHECK(text.find("NaN") == std::string::npos);
    CHECK(text.find("nan") == std::string::npos);
    const auto& empty = json["groupings"][0]["groups"][2];
    CHECK(empty["auc"]["value"].is_null());
    CHECK(empty["auc"]["not_computable"] == "no client in this group");
    // Round trip.
    const auto back = reportFromJson(json);
    REQUIRE(back.groupings.size() == 1);
    CHECK(back.groupings[0].groups[3].flagged);
    CHECK(*back.groupings[0].groups[0].auc.value == Approx(5.0 / 6.0));
    CHECK(toJson(back) == json);
}

TEST_CASE("bootstrap intervals hold the observed value and are reproducible for a seed")
{
    const auto first = measured(1000);
    const auto second = measured(1000);
    const auto& a = first.groups[0].approvalRate;
    REQUIRE(a.low);
    REQUIRE(a.high);
    CHECK(*a.low <= *a.value);
    CHECK(*a.value <= *a.high);
    CHECK(*a.low == *second.groups[0].approvalRate.low);
    CHECK(*a.high == *second.groups[0].approvalRate.high);
    // The observed value does not depend on the resampling.
    CHECK(*first.groups[0].auc.value == *measured(0).groups[0].auc.value);
}

TEST_CASE("the resample count drops on large data, never below the minimum")
{
    BootstrapOptions options;
    CHECK(resamplesFor(11990, options) == 1000);
    CHECK(resamplesFor(307511, options) == 195); // 60,000,000 / 307,511
    options.budget = 1;
    CHECK(resamplesFor(1000, options) == options.minimumResamples);
}

TEST_CASE("applicants are sorted into gender, age band, family status and children groups")
{
    using K = data::ColumnKind;
    data::Table table("application_train");
    auto& gender = table.addColumn("CODE_GENDER", K::Category);
    for (const char* level : {"F", "M", "F", "XNA", ""})
        gender.appendCategory(level);
    auto& birth = table.addColumn("DAYS_BIRTH", K::Days);
    for (const double years : {24.9, 25.0, 44.99, 60.0, std::nan("")})
        birth.appendNumber(std::isnan(years) ? years : -years * 365.25);
    auto& children = table.addColumn("CNT_CHILDREN", K::Integer);
    for (const double count : {0.0, 2.0, 1.0, 0.0, std::nan("")})
        children.appendNumber(count);

    const auto groupings = protectedGroupings(table);
    REQUIRE(groupings.size() == 3); // no NAME_FAMILY_STATUS column: that grouping is left out
    const auto& byGender = groupings[0];
    CHECK(byGender.key == "gender");
    REQUIRE(byGender.groups.size() == 2); // XNA is the data's "not given"
    CHECK(byGender.groups[0].label.en == "Female");
    CHECK(byGender.rowGroup == std::vector<int>{0, 1, 0, -1, -1});
    const auto& age = groupings[1];
    CHECK(age.groups.size() == 5);
    CHECK(age.rowGroup == std::vector<int>{0, 1, 2, 4, -1});
    CHECK(groupings[2].rowGroup == std::vector<int>{0, 1, 1, 0, -1});
}
