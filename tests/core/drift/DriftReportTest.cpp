#include "TempFolder.h"
#include "data/Table.h"
#include "drift/DriftAnalysis.h"
#include "drift/DriftReportHtml.h"
#include "drift/DriftReportJson.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <string>

using namespace credit::drift;
using credit::data::ColumnKind;
using credit::data::Table;

namespace {

DriftReport makeReport()
{
    Table reference("ref");
    Table current("cur");
    auto& refIncome = reference.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real);
    auto& curIncome = current.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real);
    auto& refType = reference.addColumn("NAME_INCOME_TYPE", ColumnKind::Category);
    auto& curType = current.addColumn("NAME_INCOME_TYPE", ColumnKind::Category);
    auto& refFlag = reference.addColumn("FLAG_OWN_CAR", ColumnKind::Flag);
    auto& curFlag = current.addColumn("FLAG_OWN_CAR", ColumnKind::Flag);
    for (int i = 0; i < 500; ++i) {
        refIncome.appendNumber(100000.0 + 200.0 * i);
        curIncome.appendNumber(160000.0 + 200.0 * i); // shifted
        refType.appendCategory(i % 3 ? "Working" : "Pensioner");
        curType.appendCategory(i % 3 ? "Working"
                                     : (i % 2 ? "Pensioner" : "Commercial <associate>"));
        refFlag.appendNumber(i % 2);
        curFlag.appendNumber(i % 2);
    }
    auto report =
        analyseDrift(ReferenceProfile::fromTable(reference, "train.csv"), current, "test.csv");
    std::vector<double> referenceScores;
    std::vector<double> currentScores;
    for (int i = 0; i < 200; ++i) {
        referenceScores.push_back(i / 400.0);
        currentScores.push_back(i / 300.0);
    }
    report.scores = compareScores(referenceScores, currentScores);
    return report;
}

} // namespace

TEST_CASE("the HTML report is self-contained, French, accessible and sorted by severity")
{
    const auto report = makeReport();
    const auto html = renderHtml(report);
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
    // No external resource of any kind.
    CHECK_FALSE(std::regex_search(html, std::regex(R"((src|href)\s*=\s*["']?\s*(https?:)?//)")));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    // Every feature named, the most drifted first in the table.
    const auto table = html.find("id=\"all-features\"");
    REQUIRE(table != std::string::npos);
    const auto income = html.find("AMT_INCOME_TOTAL", table);
    const auto flag = html.find("FLAG_OWN_CAR", table);
    REQUIRE(income != std::string::npos);
    REQUIRE(flag != std::string::npos);
    CHECK(income < flag);
    // Status in words, not colour alone; table headers; SVG with a title and a description.
    CHECK(html.find("Dérive forte") != std::string::npos);
    CHECK(html.find("<th scope=\"col\">") != std::string::npos);
    CHECK(html.find("role=\"img\"") != std::string::npos);
    CHECK(html.find("<title id=\"f1-t\">Répartition de AMT_INCOME_TOTAL</title>") !=
          std::string::npos);
    CHECK(html.find("<desc id=\"f1-d\">") != std::string::npos);
    CHECK(html.find("Part des lignes") != std::string::npos); // y axis label
    // The score section is present with its own chart.
    CHECK(html.find("Distribution des scores prédits") != std::string::npos);
    CHECK(html.find("Probabilité de défaut prédite") != std::string::npos);
    // User text is escaped.
    CHECK(html.find("Commercial &lt;associate&gt;") != std::string::npos);
    CHECK(html.find("Commercial <associate>") == std::string::npos);
}

TEST_CASE("the number of charted features is limited to the most drifted")
{
    const auto report = makeReport();
    HtmlReportOptions options;
    options.chartedFeatures = 1;
    const auto html = renderHtml(report, options);
    CHECK(html.find("id=\"f1-t\"") != std::string::npos);
    CHECK(html.find("id=\"f2-t\"") == std::string::npos);
}

TEST_CASE("the JSON output holds the same results and parses")
{
    const auto report = makeReport();
    TempFolder folder("drift-report");
    const auto file = folder.path() / "drift.json";
    writeJson(report, file);
    std::ifstream in(file);
    const auto json = nlohmann::json::parse(in);
    REQUIRE(json["features"].size() == report.features.size());
    CHECK(json["features"][0]["name"] == report.features[0].name);
    CHECK(json["features"][0]["status"] == "alert");
    CHECK(json["summary"]["alert"] == report.summary.alert);
    CHECK(json["thresholds"]["psi_alert"] == 0.25);
    CHECK(json["scores"]["current_histogram"].size() == kScoreHistogramBins);
    CHECK(json["reference"] == "train.csv");

    writeHtml(report, folder.path() / "drift.html");
    CHECK(std::filesystem::file_size(folder.path() / "drift.html") > 1000);
}

TEST_CASE("a category with many levels is charted as its largest levels plus the rest")
{
    Table reference("ref");
    Table current("cur");
    auto& a = reference.addColumn("ORGANIZATION_TYPE", ColumnKind::Category);
    auto& b = current.addColumn("ORGANIZATION_TYPE", ColumnKind::Category);
    for (int i = 0; i < 400; ++i) {
        a.appendCategory("Type " + std::to_string(i % 20));
        b.appendCategory(i < 200 ? "Type 0" : "Type " + std::to_string(i % 20));
    }
    const auto report = analyseDrift(ReferenceProfile::fromTable(reference, "r"), current, "c");
    HtmlReportOptions options;
    options.maxLevelsPerChart = 5;
    const auto html = renderHtml(report, options);
    // 4 largest levels drawn, the other 16 grouped in one bar (and one data-table row).
    CHECK(html.find("Autres (16)") != std::string::npos);
    CHECK(html.find(">Type 0<") != std::string::npos);
    CHECK(html.find(">Type 19<") == std::string::npos);
    // French number formatting: decimal comma in the table of all features.
    CHECK(std::regex_search(html, std::regex(R"(<td>[0-9]+,[0-9]{4}</td>)")));
}
