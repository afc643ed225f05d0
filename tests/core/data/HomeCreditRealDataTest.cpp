// Loads the real Home Credit rows in ../shared/data/homecredit (skipped when absent). The expected
// counts were observed independently with Python's csv module over the same files.
#include "SharedData.h"
#include "data/CsvReader.h"
#include "data/HomeCreditDataset.h"
#include "data/SchemaRegistry.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

using namespace credit::data;
using credit::testing::sharedDataDir;

namespace {

bool hasWarningContaining(const std::vector<std::string>& warnings, const std::string& part)
{
    for (const auto& warning : warnings)
        if (warning.find(part) != std::string::npos)
            return true;
    return false;
}

CsvReadResult readShared(TableId id, const std::string& relativePath)
{
    return CsvReader(SchemaRegistry::builtIn().table(id)).readFile(sharedDataDir() / relativePath);
}

} // namespace

TEST_CASE("linked-1000 loads every table with its exact row count and integrity report")
{
    const auto dataset = HomeCreditDataset::load(sharedDataDir() / "linked-1000");
    CHECK(dataset.applications.rowCount() == 1000);
    CHECK(dataset.hasTarget());
    REQUIRE(dataset.bureau);
    REQUIRE(dataset.bureauBalance);
    REQUIRE(dataset.previousApplications);
    REQUIRE(dataset.posCashBalance);
    REQUIRE(dataset.installmentsPayments);
    REQUIRE(dataset.creditCardBalance);
    CHECK(dataset.bureau->rowCount() == 3435);
    CHECK(dataset.bureauBalance->rowCount() == 3622);
    CHECK(dataset.previousApplications->rowCount() == 3501);
    CHECK(dataset.posCashBalance->rowCount() == 626);
    CHECK(dataset.installmentsPayments->rowCount() == 7347);
    CHECK(dataset.creditCardBalance->rowCount() == 86);

    // 70 defaults among the 1,000 applicants (README).
    double defaults = 0;
    for (const double target : dataset.applications.column("TARGET").numbers())
        defaults += target;
    CHECK(defaults == 70.0);

    // The histories hold rows of applicants outside the 1,000 sample; they are kept and counted.
    const auto& report = dataset.integrity;
    CHECK(report.orphanRows(TableId::Bureau, "SK_ID_CURR") == 649);
    CHECK(report.orphanRows(TableId::BureauBalance, "SK_ID_BUREAU") == 0);
    CHECK(report.orphanRows(TableId::PreviousApplication, "SK_ID_CURR") == 496);
    CHECK(report.orphanRows(TableId::PosCashBalance, "SK_ID_CURR") == 87);
    CHECK(report.orphanRows(TableId::PosCashBalance, "SK_ID_PREV") == 0);
    CHECK(report.orphanRows(TableId::InstallmentsPayments, "SK_ID_CURR") == 1001);
    CHECK(report.orphanRows(TableId::InstallmentsPayments, "SK_ID_PREV") == 0);
    CHECK(report.orphanRows(TableId::CreditCardBalance, "SK_ID_CURR") == 12);
    CHECK(report.orphanRows(TableId::CreditCardBalance, "SK_ID_PREV") == 0);

    // previous_application lacks both RATE_INTEREST_* columns: warnings, all-missing columns.
    CHECK(hasWarningContaining(dataset.warnings, "RATE_INTEREST_PRIMARY"));
    CHECK(hasWarningContaining(dataset.warnings, "RATE_INTEREST_PRIVILEGED"));
    CHECK(std::isnan(dataset.previousApplications->column("RATE_INTEREST_PRIMARY").number(0)));
}

TEST_CASE("the files with a byte-order mark keep their first column name")
{
    // linked-1000 bureau_balance.csv starts with a UTF-8 BOM before SK_ID_BUREAU.
    const auto result = readShared(TableId::BureauBalance, "linked-1000/bureau_balance.csv");
    CHECK(result.warnings.empty());
    CHECK(result.table.rowCount() == 3622);
    CHECK_FALSE(std::isnan(result.table.column("SK_ID_BUREAU").number(0)));
}

TEST_CASE("the 11,990-row application_train and 1,500-row application_test load")
{
    const auto train = readShared(TableId::ApplicationTrain, "application_train.csv");
    CHECK(train.table.rowCount() == 11990);
    CHECK(train.warnings.empty());
    // CNT_FAM_MEMBERS is written as "2.0" in these exports and must load as an integer.
    CHECK(train.table.column("CNT_FAM_MEMBERS").number(0) >= 1.0);

    const auto test = readShared(TableId::ApplicationTest, "application_test.csv");
    CHECK(test.table.rowCount() == 1500);
    CHECK(test.warnings.empty());
    CHECK_FALSE(test.table.hasColumn("TARGET"));
}

TEST_CASE("the unlinked-20000 tables load with 20,000 rows each")
{
    const std::pair<TableId, const char*> files[] = {
        {TableId::Bureau, "unlinked-20000/bureau.csv"},
        {TableId::BureauBalance, "unlinked-20000/bureau_balance.csv"},
        {TableId::PosCashBalance, "unlinked-20000/POS_CASH_balance.csv"},
        {TableId::InstallmentsPayments, "unlinked-20000/installments_payments.csv"},
        {TableId::CreditCardBalance, "unlinked-20000/credit_card_balance.csv"},
    };
    for (const auto& [id, path] : files) {
        INFO(path);
        const auto result = readShared(id, path);
        CHECK(result.table.rowCount() == 20000);
        CHECK(result.warnings.empty());
    }
    const auto previous =
        readShared(TableId::PreviousApplication, "unlinked-20000/previous_application_1500.csv");
    CHECK(previous.table.rowCount() == 1500);
    CHECK(previous.warnings.empty());
}

TEST_CASE("the official column dictionary attaches a description to every column")
{
    auto registry = SchemaRegistry::builtIn();
    registry.loadDescriptions(sharedDataDir() / "HomeCredit_columns_description.csv");
    for (const auto id : kAllTables) {
        for (const auto& column : registry.table(id).columns) {
            INFO(tableName(id) << "." << column.name);
            CHECK_FALSE(column.description.empty());
        }
    }
    // The dictionary spells the bureau key SK_BUREAU_ID; it still reaches SK_ID_BUREAU.
    CHECK_FALSE(registry.find(TableId::BureauBalance, "SK_ID_BUREAU")->description.empty());
    // cp1252 "…" (0x85) arrives as UTF-8.
    CHECK_THAT(registry.find(TableId::ApplicationTrain, "NAME_INCOME_TYPE")->description,
               Catch::Contains("\xE2\x80\xA6"));
}
