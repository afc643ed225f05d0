// The drift report on the real Home Credit rows: application_train as reference,
// application_test as current data, written to a temporary folder.
#include "SharedData.h"
#include "TempFolder.h"
#include "drift/DriftJob.h"
#include "drift/DriftReportHtml.h"
#include "drift/DriftReportJson.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <sstream>

using namespace credit::drift;

TEST_CASE("a drift report from application_train vs application_test")
{
    const auto shared = credit::testing::sharedDataDir();
    TempFolder folder("drift-real");
    DriftRequest request;
    request.reference = shared / "application_train.csv";
    request.current = shared / "application_test.csv";
    const auto result = runDriftJob(request);
    const auto html = folder.path() / "report.html";
    const auto json = folder.path() / "report.json";
    writeHtml(result.report, html);
    writeJson(result.report, json);

    REQUIRE(std::filesystem::exists(html));
    std::ifstream htmlIn(html);
    std::ostringstream text;
    text << htmlIn.rdbuf();
    const auto page = text.str();
    // Self-contained: no resource fetched from anywhere.
    CHECK_FALSE(std::regex_search(page, std::regex(R"((src|href)\s*=\s*["']?\s*(https?:)?//)")));
    CHECK(page.find("http") == std::string::npos);
    // Names the features, the compared files, and has a chart per top feature.
    for (const char* name :
         {"AMT_INCOME_TOTAL", "EXT_SOURCE_2", "NAME_CONTRACT_TYPE", "DAYS_BIRTH"})
        CHECK(page.find(name) != std::string::npos);
    CHECK(page.find("application_train.csv") != std::string::npos);
    CHECK(page.find("id=\"f10-t\"") != std::string::npos);

    std::ifstream jsonIn(json);
    const auto parsed = nlohmann::json::parse(jsonIn);
    CHECK(parsed["reference_rows"] == 11990);
    CHECK(parsed["current_rows"] == 1500);
    // 122 columns minus SK_ID_CURR and TARGET.
    CHECK(parsed["features"].size() == 120);
    CHECK(parsed["summary"]["compared_features"].get<int>() > 100);
    // The test sample is known to hold fewer revolving loans than the training sample.
    for (const auto& feature : parsed["features"])
        if (feature["name"] == "NAME_CONTRACT_TYPE")
            CHECK(feature["status"] != "stable");
}
