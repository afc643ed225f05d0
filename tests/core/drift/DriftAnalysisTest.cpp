#include "drift/DriftAnalysis.h"

#include "data/Table.h"
#include "drift/ReferenceProfile.h"
#include "drift/ScoreDrift.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace credit::drift;
using credit::data::ColumnKind;
using credit::data::Table;

namespace {

// A small application-like table: a normal income, a uniform EXT_SOURCE, a day count with the
// 365243 sentinel, a category and an identifier that must not be compared.
Table makeApplications(std::size_t rows, unsigned seed, double incomeShift = 0.0,
                       double cashShare = 0.9)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> income(150000.0 + incomeShift, 30000.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Table table("application");
    auto& id = table.addColumn("SK_ID_CURR", ColumnKind::Key);
    auto& amount = table.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real);
    auto& ext = table.addColumn("EXT_SOURCE_2", ColumnKind::Real);
    auto& employed = table.addColumn("DAYS_EMPLOYED", ColumnKind::Days);
    auto& contract = table.addColumn("NAME_CONTRACT_TYPE", ColumnKind::Category);
    auto& target = table.addColumn("TARGET", ColumnKind::Integer);
    for (std::size_t row = 0; row < rows; ++row) {
        id.appendNumber(static_cast<double>(100000 + row));
        amount.appendNumber(income(random));
        const double u = uniform(random);
        if (u < 0.05)
            ext.appendMissing();
        else
            ext.appendNumber(uniform(random));
        employed.appendNumber(u < 0.15 ? 365243.0 : -std::floor(uniform(random) * 5000.0));
        contract.appendCategory(uniform(random) < cashShare ? "Cash loans" : "Revolving loans");
        target.appendNumber(uniform(random) < 0.08 ? 1.0 : 0.0);
    }
    return table;
}

const FeatureDrift& featureNamed(const DriftReport& report, const std::string& name)
{
    for (const auto& feature : report.features)
        if (feature.name == name)
            return feature;
    FAIL("no feature " << name << " in the report");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("identical data shows no drift")
{
    const auto table = makeApplications(2000, 1);
    const auto profile = ReferenceProfile::fromTable(table, "reference");
    const auto report = analyseDrift(profile, table, "same rows");
    REQUIRE(report.features.size() == 4); // no SK_ID_CURR, no TARGET
    for (const auto& feature : report.features) {
        INFO(feature.name);
        CHECK(feature.status == DriftStatus::Stable);
        CHECK(feature.psi == Approx(0.0).margin(1e-12));
        CHECK(feature.pValue == Approx(1.0));
    }
    CHECK(report.summary.driftedShare == 0.0);
    CHECK(report.summary.status == DriftStatus::Stable);
}

TEST_CASE("a second sample from the same distribution stays stable")
{
    const auto profile = ReferenceProfile::fromTable(makeApplications(5000, 1), "reference");
    const auto report = analyseDrift(profile, makeApplications(5000, 2), "new sample");
    for (const auto& feature : report.features) {
        INFO(feature.name << " psi " << feature.psi);
        CHECK(feature.psi < 0.1);
    }
    CHECK(report.summary.alert == 0);
}

TEST_CASE("a deliberately shifted column is flagged as alert and sorted first")
{
    const auto profile = ReferenceProfile::fromTable(makeApplications(5000, 1), "reference");
    // Incomes up by one standard deviation.
    const auto report = analyseDrift(profile, makeApplications(5000, 2, 30000.0), "shifted");
    const auto& income = featureNamed(report, "AMT_INCOME_TOTAL");
    CHECK(income.status == DriftStatus::Alert);
    CHECK(income.psi > 0.25);
    CHECK(income.testStatistic > 0.3); // KS D for a 1-sd shift of a normal is about 0.38
    CHECK(income.pValue < 1e-10);
    CHECK(report.features.front().name == "AMT_INCOME_TOTAL");
    CHECK(report.summary.alert == 1);
    CHECK(report.summary.status != DriftStatus::Stable);
}

TEST_CASE("a category whose mix changes is flagged with chi-square and PSI")
{
    const auto profile = ReferenceProfile::fromTable(makeApplications(5000, 1), "reference");
    const auto report =
        analyseDrift(profile, makeApplications(5000, 2, 0.0, 0.5), "more revolving");
    const auto& contract = featureNamed(report, "NAME_CONTRACT_TYPE");
    CHECK(contract.test == "chi2");
    REQUIRE(contract.degreesOfFreedom.has_value());
    CHECK(*contract.degreesOfFreedom == 1); // two levels, no missing value
    CHECK(contract.pValue < 1e-10);
    CHECK(contract.status == DriftStatus::Alert);
}

TEST_CASE("a level unseen in the reference is compared, not dropped")
{
    Table reference("ref");
    auto& a = reference.addColumn("CODE_GENDER", ColumnKind::Category);
    Table current("cur");
    auto& b = current.addColumn("CODE_GENDER", ColumnKind::Category);
    for (int i = 0; i < 100; ++i) {
        a.appendCategory(i % 2 ? "F" : "M");
        b.appendCategory(i < 10 ? "XNA" : (i % 2 ? "F" : "M"));
    }
    const auto report = analyseDrift(ReferenceProfile::fromTable(reference, "ref"), current, "cur");
    const auto& gender = featureNamed(report, "CODE_GENDER");
    CHECK(*gender.degreesOfFreedom == 2);
    CHECK(gender.note.find("1 modalité") != std::string::npos);
    bool sawNewLevel = false;
    for (const auto& bin : gender.bins)
        if (bin.level == "XNA") {
            sawNewLevel = true;
            CHECK(bin.referenceShare == 0.0);
            CHECK(bin.currentShare == Approx(0.1));
        }
    CHECK(sawNewLevel);
}

TEST_CASE("the DAYS_* sentinel 365243 counts as missing")
{
    Table table("t");
    auto& days = table.addColumn("DAYS_EMPLOYED", ColumnKind::Days);
    for (int i = 0; i < 10; ++i)
        days.appendNumber(i < 3 ? 365243.0 : -100.0 * i);
    const auto profile = ReferenceProfile::fromTable(table, "t");
    REQUIRE(profile.features.size() == 1);
    CHECK(profile.features[0].missing == 3.0);
    CHECK(profile.features[0].count == 7.0);
}

TEST_CASE("numeric PSI through the reference bins matches the hand computation")
{
    // Reference {1,2,3,4}: 4 distinct values, so one bin each: <=1, (1,2], (2,3], >3, + missing.
    // Reference shares .25 .25 .25 .25 0; current {1,1,2,NaN}: .5 .25 0 0 .25.
    //   (.5 - .25) ln 2                         = 0.173287
    //   (.25 - .25) ln 1                        = 0
    //   2 x (1e-4 - .25) ln(1e-4 / .25)         = 2 x 1.955229
    //   missing: (.25 - 1e-4) ln(.25 / 1e-4)    = 1.955229
    //   total                                   = 6.038974
    const std::vector<double> reference{1, 2, 3, 4};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> current{1, 1, 2, nan};
    const auto drift =
        compareNumeric(FeatureProfile::fromNumbers("x", reference), current, DriftThresholds{});
    CHECK(drift.psi == Approx(6.038974).epsilon(1e-5));
    CHECK(drift.currentMissingShare == Approx(0.25));
    CHECK(drift.bins.size() == 5); // 4 ranges + missing
    CHECK(drift.status == DriftStatus::Alert);
}

TEST_CASE("a reference profile survives a JSON round trip and still detects drift")
{
    const auto table = makeApplications(3000, 1);
    auto profile = ReferenceProfile::fromTable(table, "application_train.csv");
    profile.scores = FeatureProfile::fromNumbers("score", std::vector<double>{0.1, 0.2, 0.3, 0.4});
    const auto json = profile.toJson();
    CHECK_FALSE(json.dump().find("sortedValues") != std::string::npos);
    const auto restored = ReferenceProfile::fromJson(json);
    REQUIRE(restored.features.size() == profile.features.size());
    CHECK(restored.rowCount == 3000);
    CHECK(restored.source == "application_train.csv");
    const auto* income = restored.find("AMT_INCOME_TOTAL");
    REQUIRE(income != nullptr);
    CHECK(income->cutPoints == profile.find("AMT_INCOME_TOTAL")->cutPoints);
    CHECK(income->sortedValues.empty()); // no row-level data in the file
    REQUIRE(restored.scores.has_value());
    CHECK(restored.scores->percentiles.size() == 101);

    const auto shifted = makeApplications(3000, 2, 30000.0);
    const auto fromRaw = analyseDrift(profile, shifted, "shifted");
    const auto fromJson = analyseDrift(restored, shifted, "shifted");
    const auto& exact = featureNamed(fromRaw, "AMT_INCOME_TOTAL");
    const auto& approximate = featureNamed(fromJson, "AMT_INCOME_TOTAL");
    CHECK(approximate.psi == Approx(exact.psi)); // same bins and counts
    CHECK(approximate.testApproximate);
    CHECK(approximate.testStatistic == Approx(exact.testStatistic).margin(0.011));
    CHECK(approximate.status == DriftStatus::Alert);
}

TEST_CASE("a malformed profile is rejected with the field named")
{
    auto json = ReferenceProfile::fromTable(makeApplications(100, 1), "r").toJson();
    json["features"][0]["bin_counts"].push_back(1.0);
    CHECK_THROWS_WITH(ReferenceProfile::fromJson(json), Catch::Contains("bin counts"));
    json["features"][0].erase("cut_points");
    CHECK_THROWS_WITH(ReferenceProfile::fromJson(json), Catch::Contains("cut_points"));
}

TEST_CASE("a column whose type changed is reported as not comparable")
{
    Table reference("ref");
    auto& a = reference.addColumn("FLAG_OWN_CAR", ColumnKind::Category);
    Table current("cur");
    auto& b = current.addColumn("FLAG_OWN_CAR", ColumnKind::Flag);
    a.appendCategory("Y");
    b.appendNumber(1.0);
    const auto report = analyseDrift(ReferenceProfile::fromTable(reference, "ref"), current, "cur");
    REQUIRE(report.features.size() == 1);
    CHECK(report.features[0].status == DriftStatus::Unavailable);
    CHECK(report.summary.unavailable == 1);
    CHECK(report.summary.featureCount == 0);
}

TEST_CASE("absent columns are listed and thresholds are validated")
{
    const auto profile = ReferenceProfile::fromTable(makeApplications(100, 1), "r");
    Table current("cur");
    current.addColumn("EXT_SOURCE_2", ColumnKind::Real).appendNumber(0.5);
    const auto report = analyseDrift(profile, current, "cur");
    CHECK(report.absentFromCurrent.size() == 3);
    DriftThresholds bad;
    bad.psiAlert = 0.05; // below the warning threshold
    CHECK_THROWS_WITH(analyseDrift(profile, current, "cur", bad),
                      Catch::Contains("alert threshold"));
}

TEST_CASE("configurable thresholds change the verdict")
{
    const auto profile = ReferenceProfile::fromTable(makeApplications(5000, 1), "reference");
    const auto current = makeApplications(5000, 2, 30000.0);
    DriftThresholds lenient;
    lenient.psiWarning = 5.0;
    lenient.psiAlert = 10.0;
    const auto report = analyseDrift(profile, current, "shifted", lenient);
    // PSI no longer reaches the alert level; the KS test still sees the shift.
    CHECK(featureNamed(report, "AMT_INCOME_TOTAL").status == DriftStatus::Warning);
}

TEST_CASE("the dataset is in alert when half the features drifted")
{
    std::vector<FeatureDrift> features(4);
    features[0].status = DriftStatus::Alert;
    features[1].status = DriftStatus::Warning;
    features[2].status = DriftStatus::Stable;
    features[3].status = DriftStatus::Stable;
    const auto summary = summarise(features, DriftThresholds{});
    CHECK(summary.driftedShare == Approx(0.5));
    CHECK(summary.status == DriftStatus::Alert);
}

TEST_CASE("score distributions: identical scores are stable, shifted scores alert")
{
    std::mt19937 random(7);
    std::gamma_distribution<double> a(2.0, 1.0);
    std::gamma_distribution<double> b(18.0, 1.0);
    std::vector<double> reference;
    std::vector<double> higher;
    for (int i = 0; i < 4000; ++i) {
        const double x = a(random);
        const double y = b(random);
        reference.push_back(x / (x + y)); // Beta(2, 18): mean 0.10
        higher.push_back(std::min(1.0, 1.6 * x / (x + y)));
    }
    const auto same = compareScores(reference, reference);
    CHECK(same.distribution.status == DriftStatus::Stable);
    CHECK(same.distribution.psi == Approx(0.0).margin(1e-12));
    CHECK(same.referenceHistogram == same.currentHistogram);
    CHECK(same.referenceMean == Approx(0.1).margin(0.01));

    const auto shifted = compareScores(reference, higher);
    CHECK(shifted.distribution.status == DriftStatus::Alert);
    CHECK(shifted.currentMean == Approx(1.6 * shifted.referenceMean).epsilon(0.01));
    CHECK(shifted.referenceHistogram.size() == kScoreHistogramBins);

    // From a stored profile the verdict is the same.
    const auto profile = FeatureProfile::fromNumbers("score", reference);
    auto stored = ReferenceProfile{};
    stored.scores = profile;
    const auto restored = ReferenceProfile::fromJson(stored.toJson());
    const auto fromProfile = compareScores(*restored.scores, higher);
    CHECK(fromProfile.distribution.status == DriftStatus::Alert);
    CHECK(fromProfile.distribution.psi == Approx(shifted.distribution.psi));
    double mass = 0.0;
    for (const double share : fromProfile.referenceHistogram)
        mass += share;
    CHECK(mass == Approx(1.0));

    CHECK_THROWS_WITH(compareScores(reference, std::vector<double>{0.2, 1.5}),
                      Catch::Contains("current score #2"));
}
