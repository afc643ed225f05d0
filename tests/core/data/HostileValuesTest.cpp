// Values a red-team pass sent through the readers (issue 25): keys outside the integers a
// double holds exactly (1e300 was scored as client -9223372036854775808), numbers beyond float
// (training then failed in XGBoost naming no row), duplicated applicants (scored twice), and
// control characters echoed raw into error messages.
#include "data/ClientRecordJson.h"
#include "data/CsvReader.h"
#include "data/DataError.h"
#include "data/HomeCreditDataset.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

using namespace credit::data;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

TableSchema bureauLike()
{
    using K = ColumnKind;
    return {TableId::Bureau,
            {
                {"SK_ID_CURR", K::Key, true, {}, {}},
                {"AMT_CREDIT_SUM", K::Real, false, {}, {}},
                {"CNT_CREDIT_PROLONG", K::Integer, false, {}, {}},
            }};
}

// The message of the DataError reading `rows` (after a header) throws.
std::string readError(const std::string& rows, const std::string& source = "bureau.csv")
{
    try {
        CsvReader(bureauLike())
            .readText("SK_ID_CURR,AMT_CREDIT_SUM,CNT_CREDIT_PROLONG\n" + rows, source);
    } catch (const DataError& error) {
        return error.what();
    }
    FAIL("the rows were accepted: " << rows);
    return {};
}

json application()
{
    return json{{"SK_ID_CURR", 100002},
                {"NAME_CONTRACT_TYPE", "Cash loans"},
                {"AMT_INCOME_TOTAL", 1e5},
                {"AMT_CREDIT", 4e5},
                {"DAYS_BIRTH", -9461}};
}

// Both JSON readers refuse `body` with an issue on a field containing `field`.
void checkRefused(const json& body, const std::string& field)
{
    for (const auto& parse : {clientRecordFromJson(body), clientRecordFromJsonText(body.dump())}) {
        INFO(body.dump());
        CHECK_FALSE(parse.record);
        CHECK(std::any_of(parse.issues.begin(), parse.issues.end(), [&](const FieldIssue& issue) {
            return issue.field.find(field) != std::string::npos;
        }));
    }
}

} // namespace

TEST_CASE("a CSV key outside the exact integers of a double is refused with file, line, column")
{
    const auto message = readError("1,10,0\n1e300,10,0\n");
    CHECK(message.find("bureau.csv line 3") != std::string::npos);
    CHECK(message.find("SK_ID_CURR") != std::string::npos);
    CHECK(message.find("key range") != std::string::npos);
    CHECK(readError("-9223372036854775808,1,0\n").find("key range") != std::string::npos);
    CHECK(readError("1.5,1,0\n").find("whole number") != std::string::npos);
}

TEST_CASE("a CSV number beyond float's range is refused naming the row and column")
{
    const auto message = readError("1,1e39,0\n");
    CHECK(message.find("line 2") != std::string::npos);
    CHECK(message.find("AMT_CREDIT_SUM") != std::string::npos);
    CHECK(message.find("number range") != std::string::npos);
    CHECK(readError("1,1,-1e39\n").find("CNT_CREDIT_PROLONG") != std::string::npos);
}

TEST_CASE("control characters in a cell or a file name are escaped in the message")
{
    const auto message = readError("1,\x1b[2J\x07,0\n", "bad\nname.csv");
    CHECK(message.find("bad\\nname.csv") != std::string::npos);
    CHECK(message.find("\\x1b[2J\\x07") != std::string::npos);
    CHECK(message.find('\x1b') == std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("JSON keys and numbers out of range are refused by both readers, naming the field")
{
    auto hugeKey = application();
    hugeKey["SK_ID_CURR"] = 1e300;
    checkRefused(hugeKey, "SK_ID_CURR");

    auto hugeAmount = application();
    hugeAmount["AMT_CREDIT"] = 1e39;
    checkRefused(hugeAmount, "AMT_CREDIT");

    auto historyKey = application();
    historyKey["bureau"] = json::array({{{"SK_ID_BUREAU", -1e19}}});
    checkRefused(historyKey, "SK_ID_BUREAU");

    auto historyAmount = application();
    historyAmount["bureau"] = json::array({{{"SK_ID_BUREAU", 1}, {"AMT_CREDIT_SUM", -3e38 * 10}}});
    checkRefused(historyAmount, "AMT_CREDIT_SUM");
}

TEST_CASE("duplicated applicant keys are reported and refused where a client would count twice")
{
    const auto folder =
        fs::temp_directory_path() / ("credit-duplicates-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    std::ofstream(folder / "application_train.csv")
        << "SK_ID_CURR,TARGET,NAME_CONTRACT_TYPE,AMT_INCOME_TOTAL,AMT_CREDIT,DAYS_BIRTH\n"
           "1,0,Cash loans,100000,200000,-12000\n"
           "2,0,Cash loans,100000,200000,-12000\n"
           "1,1,Cash loans,900000,200000,-15000\n";
    const auto dataset = HomeCreditDataset::load(folder);
    fs::remove_all(folder);
    REQUIRE(dataset.integrity.duplicateApplicants.size() == 1);
    CHECK(dataset.integrity.duplicateApplicants[0].key == 1);
    CHECK(dataset.integrity.duplicateApplicants[0].firstRow == 1);
    CHECK(dataset.integrity.duplicateApplicants[0].row == 3);
    try {
        dataset.requireUniqueApplicants();
        FAIL("duplicated applicants were accepted");
    } catch (const DataError& error) {
        const std::string message = error.what();
        CHECK(message.find("application_train.csv") != std::string::npos);
        CHECK(message.find("SK_ID_CURR 1 ") != std::string::npos);
        CHECK(message.find("rows 1 and 3") != std::string::npos);
    }
}
