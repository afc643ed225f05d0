// End to end: the project's own reader loads a generated folder, with every key linked.
#include "GeneratedCsv.h"
#include "data/HomeCreditDataset.h"
#include "synth/PortfolioGenerator.h"

#include <catch2/catch.hpp>

using namespace credit;
using namespace credit::synth::testing;

TEST_CASE("HomeCreditDataset loads a generated folder with every row linked")
{
    TemporaryFolder folder("synth-load");
    synth::PortfolioOptions options;
    options.applicants = 1500;
    options.testShare = 0.0; // every applicant in application_train, so no history is orphaned
    const auto summary = synth::generatePortfolio(folder.path(), options);

    const auto dataset = data::HomeCreditDataset::load(folder.path());
    REQUIRE(dataset.hasTarget());
    CHECK(dataset.applications.rowCount() == 1500);
    REQUIRE(dataset.bureau);
    REQUIRE(dataset.bureauBalance);
    REQUIRE(dataset.previousApplications);
    REQUIRE(dataset.posCashBalance);
    REQUIRE(dataset.installmentsPayments);
    REQUIRE(dataset.creditCardBalance);
    CHECK(dataset.bureau->rowCount() == summary.rowsOf(data::TableId::Bureau));
    CHECK(dataset.bureauBalance->rowCount() == summary.rowsOf(data::TableId::BureauBalance));
    CHECK(dataset.previousApplications->rowCount() ==
          summary.rowsOf(data::TableId::PreviousApplication));
    CHECK(dataset.posCashBalance->rowCount() == summary.rowsOf(data::TableId::PosCashBalance));
    CHECK(dataset.installmentsPayments->rowCount() ==
          summary.rowsOf(data::TableId::InstallmentsPayments));
    CHECK(dataset.creditCardBalance->rowCount() ==
          summary.rowsOf(data::TableId::CreditCardBalance));
    REQUIRE(!dataset.integrity.orphans.empty());
    for (const auto& orphan : dataset.integrity.orphans) {
        INFO(data::fileName(orphan.table) << " " << orphan.key);
        CHECK(orphan.rows == 0);
    }
    for (const auto& warning : dataset.warnings)
        WARN(warning);
    CHECK(dataset.warnings.empty());
}

TEST_CASE("with a test share, histories belong to train or test applicants as in the Kaggle files")
{
    TemporaryFolder folder("synth-load-split");
    synth::PortfolioOptions options;
    options.applicants = 800;
    options.testShare = 0.25;
    const auto summary = synth::generatePortfolio(folder.path(), options);

    data::LoadOptions trainOnly;
    const auto train = data::HomeCreditDataset::load(folder.path(), trainOnly);
    data::LoadOptions testOnly;
    testOnly.applicants = data::LoadOptions::Applicants::Test;
    const auto test = data::HomeCreditDataset::load(folder.path(), testOnly);
    CHECK(train.applications.rowCount() + test.applications.rowCount() == 800);
    CHECK(!test.hasTarget());
    // A bureau row orphaned when loading train belongs to a test applicant, and the reverse.
    const auto bureauRows = summary.rowsOf(data::TableId::Bureau);
    CHECK(train.integrity.orphanRows(data::TableId::Bureau, "SK_ID_CURR") +
              test.integrity.orphanRows(data::TableId::Bureau, "SK_ID_CURR") ==
          bureauRows);
    CHECK(train.integrity.orphanRows(data::TableId::BureauBalance, "SK_ID_BUREAU") == 0);
    CHECK(train.integrity.orphanRows(data::TableId::PosCashBalance, "SK_ID_PREV") == 0);
}
