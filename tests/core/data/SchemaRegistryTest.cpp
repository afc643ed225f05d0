#include "data/SchemaRegistry.h"

#include "data/Cp1252.h"
#include "data/DataError.h"

#include <catch2/catch.hpp>

using namespace credit::data;

TEST_CASE("the built-in registry knows all eight tables with their required keys")
{
    const auto& registry = SchemaRegistry::builtIn();
    for (const auto id : kAllTables)
        CHECK_FALSE(registry.table(id).columns.empty());
    CHECK(registry.table(TableId::ApplicationTrain).columns.size() == 122);
    CHECK(registry.table(TableId::ApplicationTest).columns.size() == 121);
    const auto* key = registry.find(TableId::BureauBalance, "SK_ID_BUREAU");
    REQUIRE(key != nullptr);
    CHECK(key->kind == ColumnKind::Key);
    CHECK(key->required);
    CHECK(registry.find(TableId::Bureau, "NO_SUCH_COLUMN") == nullptr);
    CHECK(registry.table(TableId::ApplicationTest).find("TARGET") == nullptr);
}

TEST_CASE("cp1252 text becomes UTF-8, including the 0x80-0x9F range")
{
    CHECK(cp1252ToUtf8("plain") == "plain");
    CHECK(cp1252ToUtf8("leave,\x85") == "leave,\xE2\x80\xA6"); // ellipsis
    CHECK(cp1252ToUtf8("\xE9t\xE9") == "\xC3\xA9t\xC3\xA9");   // é
    CHECK(cp1252ToUtf8("\x80") == "\xE2\x82\xAC");             // euro sign
}

TEST_CASE("descriptions attach to both application tables and to the named table")
{
    auto registry = SchemaRegistry::builtIn();
    registry.loadDescriptionsFromText(
        ",Table,Row,Description,Special\r\n"
        "1,application_{train|test}.csv,SK_ID_CURR,ID of loan in our sample,\r\n"
        "2,bureau.csv,CREDIT_ACTIVE,\"Status of the Credit Bureau (CB) reported credits, "
        "\x85\",\r\n"
        "3,bureau.csv,NOT_A_COLUMN,ignored,\r\n"
        "4,unknown.csv,SK_ID_CURR,ignored,\r\n"
        "5,bureau_balance.csv,SK_BUREAU_ID,Recoded ID of Credit Bureau credit,\r\n",
        "HomeCredit_columns_description.csv");
    CHECK(registry.find(TableId::ApplicationTrain, "SK_ID_CURR")->description ==
          "ID of loan in our sample");
    CHECK(registry.find(TableId::ApplicationTest, "SK_ID_CURR")->description ==
          "ID of loan in our sample");
    CHECK(registry.find(TableId::Bureau, "CREDIT_ACTIVE")->description ==
          "Status of the Credit Bureau (CB) reported credits, \xE2\x80\xA6");
    CHECK(registry.find(TableId::Bureau, "SK_ID_CURR")->description.empty());
    // The official file's spelling SK_BUREAU_ID reaches the data files' SK_ID_BUREAU.
    CHECK(registry.find(TableId::BureauBalance, "SK_ID_BUREAU")->description ==
          "Recoded ID of Credit Bureau credit");
    // The shared built-in registry is untouched.
    CHECK(SchemaRegistry::builtIn().find(TableId::Bureau, "CREDIT_ACTIVE")->description.empty());
}

TEST_CASE("a file that is not a column description is an error naming it")
{
    auto registry = SchemaRegistry::builtIn();
    CHECK_THROWS_WITH(registry.loadDescriptionsFromText("a,b,c\r\n1,2,3\r\n", "notes.csv"),
                      Catch::Contains("notes.csv") && Catch::Contains("Table"));
    CHECK_THROWS_WITH(registry.loadDescriptions("/nonexistent/descriptions.csv"),
                      Catch::Contains("/nonexistent/descriptions.csv"));
}
