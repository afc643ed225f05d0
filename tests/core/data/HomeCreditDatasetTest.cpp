#include "data/HomeCreditDataset.h"

#include "data/DataError.h"
#include "data/LoadCancelled.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

using namespace credit::data;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the temp directory, removed when the test ends.
class TempFolder {
public:
    explicit TempFolder(const std::string& name)
        : path_(fs::temp_directory_path() / ("credit_dataset_test_" + name))
    {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempFolder() { fs::remove_all(path_); }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const fs::path& path() const { return path_; }
    void write(const std::string& file, const std::string& text) const
    {
        std::ofstream(path_ / file, std::ios::binary) << text;
    }

private:
    fs::path path_;
};

const std::string kTrain = "SK_ID_CURR,TARGET,NAME_CONTRACT_TYPE,AMT_INCOME_TOTAL,AMT_CREDIT,"
                           "DAYS_BIRTH\n"
                           "1,0,Cash loans,100000,200000,-12000\n"
                           "2,1,Revolving loans,50000,90000,-15000\n";
const std::string kTest = "SK_ID_CURR,NAME_CONTRACT_TYPE,AMT_INCOME_TOTAL,AMT_CREDIT,DAYS_BIRTH\n"
                          "9,Cash loans,100000,200000,-12000\n";

// Two applicants; one orphan in each child table so every check is exercised.
void writeLinkedFolder(const TempFolder& folder)
{
    folder.write("application_train.csv", kTrain);
    folder.write("bureau.csv", "SK_ID_CURR,SK_ID_BUREAU,CREDIT_ACTIVE\n1,10,Active\n3,11,Closed\n"
                               "2,12,Active\n");
    folder.write("bureau_balance.csv",
                 "SK_ID_BUREAU,MONTHS_BALANCE,STATUS\n10,-1,0\n10,-2,C\n99,-1,X\n");
    folder.write("previous_application.csv",
                 "SK_ID_PREV,SK_ID_CURR,NAME_CONTRACT_STATUS\n100,1,Approved\n101,7,Refused\n");
    folder.write("POS_CASH_balance.csv",
                 "SK_ID_PREV,SK_ID_CURR,MONTHS_BALANCE\n100,1,-1\n555,1,-2\n100,8,-3\n");
    folder.write("installments_payments.csv",
                 "SK_ID_PREV,SK_ID_CURR,DAYS_INSTALMENT,AMT_INSTALMENT\n100,1,-30,500\n");
}

} // namespace

TEST_CASE("a folder loads every table present and counts orphan keys without dropping rows")
{
    TempFolder folder("linked");
    writeLinkedFolder(folder);
    const auto dataset = HomeCreditDataset::load(folder.path());

    CHECK(dataset.applications.rowCount() == 2);
    CHECK(dataset.hasTarget());
    REQUIRE(dataset.bureau);
    CHECK(dataset.bureau->rowCount() == 3);
    CHECK(dataset.bureauBalance->rowCount() == 3);
    CHECK(dataset.previousApplications->rowCount() == 2);
    CHECK(dataset.posCashBalance->rowCount() == 3);
    CHECK(dataset.installmentsPayments->rowCount() == 1);
    CHECK_FALSE(dataset.creditCardBalance);
    CHECK(dataset.related(TableId::CreditCardBalance) == nullptr);
    CHECK(dataset.related(TableId::Bureau) == &*dataset.bureau);
    CHECK(dataset.related(TableId::ApplicationTrain) == &dataset.applications);
    CHECK(dataset.related(TableId::ApplicationTest) == nullptr);

    const auto& report = dataset.integrity;
    CHECK(report.orphanRows(TableId::Bureau, "SK_ID_CURR") == 1);
    CHECK(report.orphanRows(TableId::BureauBalance, "SK_ID_BUREAU") == 1);
    CHECK(report.orphanRows(TableId::PreviousApplication, "SK_ID_CURR") == 1);
    CHECK(report.orphanRows(TableId::PosCashBalance, "SK_ID_CURR") == 1);
    CHECK(report.orphanRows(TableId::PosCashBalance, "SK_ID_PREV") == 1);
    CHECK(report.orphanRows(TableId::InstallmentsPayments, "SK_ID_CURR") == 0);
    CHECK(report.orphanRows(TableId::InstallmentsPayments, "SK_ID_PREV") == 0);
    // One entry per (child, key) check of a table present: 1 + 1 + 1 + 2 + 2.
    CHECK(report.orphans.size() == 7);
}

TEST_CASE("checkIntegrity recomputes the report after tables are edited in memory")
{
    TempFolder folder("edited");
    writeLinkedFolder(folder);
    auto dataset = HomeCreditDataset::load(folder.path());
    dataset.bureau->column("SK_ID_CURR").setNumber(1, 2.0); // the orphan now points at applicant 2
    dataset.checkIntegrity();
    CHECK(dataset.integrity.orphanRows(TableId::Bureau, "SK_ID_CURR") == 0);
    dataset.previousApplications.reset(); // without previous applications no SK_ID_PREV matches
    dataset.checkIntegrity();
    CHECK(dataset.integrity.orphanRows(TableId::PosCashBalance, "SK_ID_PREV") == 3);
}

TEST_CASE("a missing folder or applicant file is an error naming the path")
{
    const auto absent = fs::temp_directory_path() / "credit_dataset_test_does_not_exist";
    fs::remove_all(absent);
    CHECK_THROWS_WITH(HomeCreditDataset::load(absent), Catch::Contains(absent.string()));

    TempFolder folder("no_applicants");
    folder.write("bureau.csv", "SK_ID_CURR,SK_ID_BUREAU,CREDIT_ACTIVE\n1,10,Active\n");
    CHECK_THROWS_WITH(HomeCreditDataset::load(folder.path()),
                      Catch::Contains((folder.path() / "application_train.csv").string()));
}

TEST_CASE("the requested applicant file is loaded; the other one is a fallback with a warning")
{
    TempFolder folder("applicants");
    folder.write("application_train.csv", kTrain);
    folder.write("application_test.csv", kTest);
    LoadOptions testOptions;
    testOptions.applicants = LoadOptions::Applicants::Test;
    const auto test = HomeCreditDataset::load(folder.path(), testOptions);
    CHECK(test.applications.name() == "application_test");
    CHECK_FALSE(test.hasTarget());
    CHECK(test.applications.rowCount() == 1);

    fs::remove(folder.path() / "application_train.csv");
    const auto fallback = HomeCreditDataset::load(folder.path());
    CHECK(fallback.applications.name() == "application_test");
    bool warned = false;
    for (const auto& warning : fallback.warnings)
        warned = warned || warning.find("application_train.csv is absent") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("progress covers every file on one byte scale and can cancel the load")
{
    TempFolder folder("progress");
    writeLinkedFolder(folder);
    std::size_t lastDone = 0;
    std::size_t total = 0;
    bool sawBureau = false;
    LoadOptions options;
    options.progress = [&](TableId table, std::size_t done, std::size_t bytesTotal) {
        CHECK(done >= lastDone);
        lastDone = done;
        total = bytesTotal;
        sawBureau = sawBureau || table == TableId::Bureau;
        return true;
    };
    HomeCreditDataset::load(folder.path(), options);
    CHECK(sawBureau);
    CHECK(total > 0);
    CHECK(lastDone == total);

    options.progress = [](TableId, std::size_t, std::size_t) { return false; };
    CHECK_THROWS_AS(HomeCreditDataset::load(folder.path(), options), LoadCancelled);
}

TEST_CASE("a malformed related file fails the load with its path and line")
{
    TempFolder folder("malformed");
    writeLinkedFolder(folder);
    folder.write("bureau.csv", "SK_ID_CURR,SK_ID_BUREAU,CREDIT_ACTIVE\n1,10\n");
    CHECK_THROWS_WITH(HomeCreditDataset::load(folder.path()), Catch::Contains("bureau.csv line 2"));
}
