#include "data/CsvReader.h"

#include "data/DataError.h"
#include "data/LoadCancelled.h"
#include "data/SchemaRegistry.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

using namespace credit::data;

namespace {

// A small bureau-like schema covering every kind the reader handles.
TableSchema smallSchema()
{
    using K = ColumnKind;
    return {TableId::Bureau,
            {
                {"SK_ID_CURR", K::Key, true, {}, {}},
                {"CREDIT_ACTIVE", K::Category, true, {"Active", "Closed"}, {}},
                {"AMT_CREDIT_SUM", K::Real, false, {}, {}},
                {"CNT_CREDIT_PROLONG", K::Integer, false, {}, {}},
                {"FLAG_OWN_CAR", K::Flag, false, {}, {}},
                {"DAYS_CREDIT", K::Days, false, {}, {}},
            }};
}

const std::string kHeader =
    "SK_ID_CURR,CREDIT_ACTIVE,AMT_CREDIT_SUM,CNT_CREDIT_PROLONG,FLAG_OWN_CAR,"
    "DAYS_CREDIT\n";

CsvReadResult read(const std::string& text, const TableSchema& schema = smallSchema())
{
    return CsvReader(schema).readText(text, "bureau.csv");
}

// The DataError message of reading `text`; fails the test when nothing is thrown.
std::string errorOf(const std::string& text, const TableSchema& schema = smallSchema())
{
    try {
        read(text, schema);
    } catch (const DataError& error) {
        return error.what();
    }
    FAIL("reading did not throw a DataError");
    return {};
}

bool hasWarningContaining(const CsvReadResult& result, const std::string& part)
{
    for (const auto& warning : result.warnings)
        if (warning.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("quoted fields may hold commas, doubled quotes and line breaks")
{
    const auto result = read(kHeader + "1,\"Act,ive\",1.5,0,Y,-10\n"
                                       "2,\"say \"\"hi\"\"\",2,1,N,-20\n"
                                       "3,\"two\nlines\",3,2,Y,-30\n");
    const auto& active = result.table.column("CREDIT_ACTIVE");
    REQUIRE(result.table.rowCount() == 3);
    CHECK(active.text(0) == "Act,ive");
    CHECK(active.text(1) == "say \"hi\"");
    CHECK(active.text(2) == "two\nlines");
    CHECK(result.table.column("AMT_CREDIT_SUM").number(2) == 3.0);
}

TEST_CASE("a UTF-8 byte-order mark before the header is skipped")
{
    const auto result = read("\xEF\xBB\xBF" + kHeader + "7,Active,1,0,Y,-1\n");
    REQUIRE(result.table.rowCount() == 1);
    CHECK(result.table.column("SK_ID_CURR").number(0) == 7.0);
    CHECK(result.warnings.empty());
}

TEST_CASE("CRLF and LF line ends give the same table, with or without a final line end")
{
    const std::string lf = kHeader + "1,Active,10.5,0,Y,-5\n2,Closed,,1,N,-6\n";
    std::string crlf;
    for (const char c : lf)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    for (const auto& text : {lf, crlf, crlf.substr(0, crlf.size() - 2)}) {
        const auto result = read(text);
        REQUIRE(result.table.rowCount() == 2);
        CHECK(result.table.column("DAYS_CREDIT").number(1) == -6.0);
        CHECK(result.table.column("CREDIT_ACTIVE").text(1) == "Closed");
        CHECK(std::isnan(result.table.column("AMT_CREDIT_SUM").number(1)));
    }
}

TEST_CASE("an empty field is a missing value in every kind")
{
    const auto result = read(kHeader + "1,,,,,\n");
    const auto& table = result.table;
    CHECK(table.column("CREDIT_ACTIVE").code(0) == Column::kMissingCode);
    CHECK(std::isnan(table.column("AMT_CREDIT_SUM").number(0)));
    CHECK(std::isnan(table.column("CNT_CREDIT_PROLONG").number(0)));
    CHECK(std::isnan(table.column("FLAG_OWN_CAR").number(0)));
    CHECK(std::isnan(table.column("DAYS_CREDIT").number(0)));
}

TEST_CASE("integer and key columns accept 1.0 and 0.0 as written by some exports")
{
    const auto result = read(kHeader + "100002.0,Active,1,1.0,0.0,-3.0\n");
    CHECK(result.table.column("SK_ID_CURR").number(0) == 100002.0);
    CHECK(result.table.column("CNT_CREDIT_PROLONG").number(0) == 1.0);
    CHECK(result.table.column("FLAG_OWN_CAR").number(0) == 0.0);
    CHECK(result.table.column("DAYS_CREDIT").number(0) == -3.0);
}

TEST_CASE("Y/N flags are stored as 1 and 0; other text in a flag is an error")
{
    const auto result = read(kHeader + "1,Active,1,0,Y,-1\n2,Active,1,0,N,-1\n");
    CHECK(result.table.column("FLAG_OWN_CAR").number(0) == 1.0);
    CHECK(result.table.column("FLAG_OWN_CAR").number(1) == 0.0);
    const auto message = errorOf(kHeader + "1,Active,1,0,maybe,-1\n");
    CHECK_THAT(message, Catch::Contains("FLAG_OWN_CAR") && Catch::Contains("'maybe'"));
    CHECK_THAT(errorOf(kHeader + "1,Active,1,0,2,-1\n"),
               Catch::Contains("FLAG_OWN_CAR") && Catch::Contains("'2'"));
}

TEST_CASE("decimals, exponents and long numbers parse exactly as from_chars does")
{
    const auto result = read(kHeader + "1,Active,0.0837,0,Y,-1\n"
                                       "2,Active,1.5e3,0,Y,-1\n"
                                       "3,Active,-1234567890123456789,0,Y,-1\n"
                                       "4,Active, +12.25 ,0,Y,-1\n");
    const auto& amount = result.table.column("AMT_CREDIT_SUM");
    CHECK(amount.number(0) == 0.0837);
    CHECK(amount.number(1) == 1500.0);
    CHECK(amount.number(2) == -1234567890123456789.0);
    CHECK(amount.number(3) == 12.25); // surrounding spaces and an explicit plus are tolerated
}

TEST_CASE("columns are matched by header name in any order; the table keeps the schema order")
{
    const auto result =
        read("DAYS_CREDIT,FLAG_OWN_CAR,CNT_CREDIT_PROLONG,AMT_CREDIT_SUM,CREDIT_ACTIVE,SK_ID_CURR\n"
             "-9,N,2,300.5,Closed,42\n");
    const auto& table = result.table;
    CHECK(table.columns().front().name() == "SK_ID_CURR");
    CHECK(table.column("SK_ID_CURR").number(0) == 42.0);
    CHECK(table.column("CREDIT_ACTIVE").text(0) == "Closed");
    CHECK(table.column("AMT_CREDIT_SUM").number(0) == 300.5);
    CHECK(table.column("CNT_CREDIT_PROLONG").number(0) == 2.0);
    CHECK(table.column("FLAG_OWN_CAR").number(0) == 0.0);
    CHECK(table.column("DAYS_CREDIT").number(0) == -9.0);
}

TEST_CASE("an unknown column is ignored with a warning naming it")
{
    const auto result =
        read("SK_ID_CURR,SURPRISE,CREDIT_ACTIVE,AMT_CREDIT_SUM,CNT_CREDIT_PROLONG,FLAG_OWN_CAR,"
             "DAYS_CREDIT\n1,whatever,Active,1,0,Y,-1\n");
    CHECK(result.table.rowCount() == 1);
    CHECK_FALSE(result.table.hasColumn("SURPRISE"));
    CHECK(hasWarningContaining(result, "SURPRISE"));
    CHECK(result.table.column("CREDIT_ACTIVE").text(0) == "Active");
}

TEST_CASE("a missing required column is an error naming the file and the column")
{
    const auto message = errorOf("SK_ID_CURR,AMT_CREDIT_SUM\n1,2\n");
    CHECK_THAT(message, Catch::Contains("bureau.csv") && Catch::Contains("CREDIT_ACTIVE"));
}

TEST_CASE("a missing optional column becomes all-missing with a warning")
{
    const auto result = read("SK_ID_CURR,CREDIT_ACTIVE,AMT_CREDIT_SUM,CNT_CREDIT_PROLONG,"
                             "FLAG_OWN_CAR\n1,Active,1,0,Y\n2,Closed,2,0,N\n");
    const auto& days = result.table.column("DAYS_CREDIT");
    REQUIRE(days.size() == 2);
    CHECK(std::isnan(days.number(0)));
    CHECK(std::isnan(days.number(1)));
    CHECK(hasWarningContaining(result, "DAYS_CREDIT"));
}

TEST_CASE("a line with the wrong number of fields names the physical line where it starts")
{
    // The first record spans lines 2-3, so the short record starts on physical line 4.
    const auto shortLine = errorOf(kHeader + "1,\"multi\nline\",1,0,Y,-1\n2,Active,1\n");
    CHECK_THAT(shortLine, Catch::Contains("bureau.csv line 4") && Catch::Contains("found 3"));
    const auto longLine = errorOf(kHeader + "1,Active,1,0,Y,-1,extra,more\n");
    CHECK_THAT(longLine, Catch::Contains("bureau.csv line 2") && Catch::Contains("found 8"));
}

TEST_CASE("a non-numeric value in a numeric column names file, line and column")
{
    const auto message = errorOf(kHeader + "1,Active,1,0,Y,-1\n2,Active,lots,0,Y,-1\n");
    CHECK_THAT(message, Catch::Contains("bureau.csv line 3") && Catch::Contains("AMT_CREDIT_SUM") &&
                            Catch::Contains("'lots'"));
}

TEST_CASE("a non-integral value in an integer column is an error")
{
    const auto message = errorOf(kHeader + "1,Active,1,1.5,Y,-1\n");
    CHECK_THAT(message, Catch::Contains("line 2") && Catch::Contains("CNT_CREDIT_PROLONG") &&
                            Catch::Contains("whole number"));
}

TEST_CASE("an unterminated quote is an error naming the line where the record starts")
{
    const auto message = errorOf(kHeader + "1,\"Active,1,0,Y,-1\n");
    CHECK_THAT(message, Catch::Contains("bureau.csv line 2") && Catch::Contains("not closed"));
}

TEST_CASE("category codes follow the schema's levels; unseen levels are added after them")
{
    const auto result = read(kHeader + "1,Sold,1,0,Y,-1\n2,Closed,1,0,Y,-1\n3,Active,1,0,Y,-1\n"
                                       "4,Sold,1,0,Y,-1\n");
    const auto& active = result.table.column("CREDIT_ACTIVE");
    CHECK(active.codeOf("Active") == 0);
    CHECK(active.codeOf("Closed") == 1);
    CHECK(active.codeOf("Sold") == 2);
    CHECK(active.code(0) == 2);
    CHECK(active.code(1) == 1);
    CHECK(active.code(2) == 0);
    CHECK(active.code(3) == 2);
}

TEST_CASE("blank lines between and after records are skipped")
{
    const auto result = read(kHeader + "1,Active,1,0,Y,-1\n\n2,Active,1,0,Y,-1\r\n\r\n\n");
    CHECK(result.table.rowCount() == 2);
}

TEST_CASE("an empty text is an error, a header alone gives an empty table")
{
    CHECK_THAT(errorOf(""), Catch::Contains("bureau.csv") && Catch::Contains("empty"));
    const auto result = read(kHeader);
    CHECK(result.table.rowCount() == 0);
    CHECK(result.table.columnCount() == 6);
}

TEST_CASE("progress is reported in bytes up to the total, and returning false cancels")
{
    std::string text = kHeader;
    for (int row = 0; row < 200000; ++row)
        text += std::to_string(row) + ",Active,1234.5,0,Y,-100\n";
    std::size_t lastDone = 0;
    std::size_t calls = 0;
    bool monotonic = true;
    const auto result = CsvReader(smallSchema())
                            .readText(text, "big.csv", [&](std::size_t done, std::size_t total) {
                                monotonic = monotonic && done >= lastDone && total == text.size();
                                lastDone = done;
                                ++calls;
                                return true;
                            });
    CHECK(result.table.rowCount() == 200000);
    CHECK(calls >= 2);
    CHECK(monotonic);
    CHECK(lastDone == text.size());

    CHECK_THROWS_AS(CsvReader(smallSchema())
                        .readText(text, "big.csv", [](std::size_t, std::size_t) { return false; }),
                    LoadCancelled);
}

TEST_CASE("readFile reads a file from disk and names a missing file")
{
    const auto path = std::filesystem::temp_directory_path() / "credit_csv_reader_test_bureau.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << "\xEF\xBB\xBF" << kHeader << "5,Closed,2.5,1.0,N,-4\r\n";
    }
    const auto result = CsvReader(smallSchema()).readFile(path);
    std::filesystem::remove(path);
    REQUIRE(result.table.rowCount() == 1);
    CHECK(result.table.column("AMT_CREDIT_SUM").number(0) == 2.5);

    try {
        CsvReader(smallSchema()).readFile(path);
        FAIL("reading a missing file did not throw");
    } catch (const DataError& error) {
        CHECK_THAT(error.what(), Catch::Contains(path.string()));
    }
}

TEST_CASE("previous_application without RATE_INTEREST_* columns loads with two warnings")
{
    // The linked-1000 quirk: a previous owner dropped both interest-rate columns.
    const auto& schema = SchemaRegistry::builtIn().table(TableId::PreviousApplication);
    std::string header;
    std::string row;
    for (const auto& column : schema.columns) {
        if (column.name.rfind("RATE_INTEREST_", 0) == 0)
            continue;
        header += (header.empty() ? "" : ",") + column.name;
        const std::string value = column.kind == ColumnKind::Category ? column.levels.front()
                                  : column.kind == ColumnKind::Flag   ? "Y"
                                                                      : "1.0";
        row += (row.empty() ? "" : ",") + value;
    }
    const auto result =
        CsvReader(schema).readText(header + "\n" + row + "\n", "previous_application.csv");
    REQUIRE(result.table.rowCount() == 1);
    CHECK(result.warnings.size() == 2);
    CHECK(hasWarningContaining(result, "RATE_INTEREST_PRIMARY"));
    CHECK(hasWarningContaining(result, "RATE_INTEREST_PRIVILEGED"));
    CHECK(std::isnan(result.table.column("RATE_INTEREST_PRIMARY").number(0)));
    CHECK(result.table.column("FLAG_LAST_APPL_PER_CONTRACT").number(0) == 1.0);
}

TEST_CASE("a schema column named twice in the header is an error naming it")
{
    const auto message = errorOf("SK_ID_CURR,CREDIT_ACTIVE,SK_ID_CURR\n1,Active,2\n");
    CHECK_THAT(message, Catch::Contains("bureau.csv line 1") && Catch::Contains("SK_ID_CURR") &&
                            Catch::Contains("twice"));
}
