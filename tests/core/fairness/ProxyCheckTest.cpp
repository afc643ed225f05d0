// The proxy check finds a feature that gives an excluded attribute back, and says so.
#include "fairness/ProxyCheck.h"

#include "data/Table.h"

#include <catch2/catch.hpp>

using namespace credit;

TEST_CASE("a feature that copies an excluded attribute is found as its strongest proxy")
{
    const std::size_t rows = 600;
    data::Table applications("application_train");
    auto& gender = applications.addColumn("CODE_GENDER", data::ColumnKind::Category);
    features::FeatureValues values(static_cast<Eigen::Index>(rows), 3);
    for (std::size_t row = 0; row < rows; ++row) {
        const bool female = (row * 7919) % 3 != 0; // about two thirds, like the data
        gender.appendCategory(female ? "F" : "M");
        const auto r = static_cast<Eigen::Index>(row);
        values(r, 0) = static_cast<float>((row * 31) % 17);                // noise
        values(r, 1) = female ? 1.0f + static_cast<float>(row % 5) : 0.0f; // a stand-in
        values(r, 2) = static_cast<float>((row * 13) % 11);                // noise
    }
    fairness::ProxyOptions options;
    options.sampleRows = 500;
    options.threads = 2;
    const auto checks =
        fairness::checkProxies(values, {"NOISE_A", "STAND_IN", "NOISE_B"}, applications,
                               {"CODE_GENDER", "NAME_FAMILY_STATUS"}, options);
    REQUIRE(checks.size() == 2);
    const auto& byGender = checks[0];
    CHECK(byGender.target == "CODE_GENDER = F");
    CHECK(byGender.rows == 500);
    REQUIRE(byGender.crossValidatedAuc.value);
    CHECK(*byGender.crossValidatedAuc.value > 0.99);
    REQUIRE_FALSE(byGender.strongest.empty());
    CHECK(byGender.strongest[0].feature == "STAND_IN");
    CHECK(byGender.strongest[0].auc == Approx(1.0));
    // A column the table lacks is reported, not skipped silently.
    CHECK_FALSE(checks[1].crossValidatedAuc.computable());
    CHECK(checks[1].crossValidatedAuc.notComputable == "not a column of the application table");
}
