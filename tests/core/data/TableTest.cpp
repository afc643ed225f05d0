#include "data/Table.h"

#include "data/DataError.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace credit::data;

TEST_CASE("a table stores numbers with NaN for missing and dictionary-encoded categories")
{
    Table table("application_train");
    auto& income = table.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real);
    auto& contract = table.addColumn("NAME_CONTRACT_TYPE", ColumnKind::Category);
    income.appendNumber(202500.0);
    income.appendMissing();
    contract.appendCategory("Cash loans");
    contract.appendCategory("");

    REQUIRE(table.rowCount() == 2);
    CHECK(table.column("AMT_INCOME_TOTAL").number(0) == 202500.0);
    CHECK(std::isnan(table.column("AMT_INCOME_TOTAL").number(1)));
    CHECK(table.column("NAME_CONTRACT_TYPE").text(0) == "Cash loans");
    CHECK(table.column("NAME_CONTRACT_TYPE").isMissing(1));
    CHECK(table.column("NAME_CONTRACT_TYPE").codeOf("Revolving loans") == Column::kMissingCode);
}

TEST_CASE("asking for an absent column names the table and the column")
{
    Table table("bureau");
    table.addColumn("SK_ID_CURR", ColumnKind::Key);
    REQUIRE_THROWS_WITH(table.column("CREDIT_ACTIVE"), "table bureau has no column CREDIT_ACTIVE");
    REQUIRE_THROWS_AS(table.addColumn("SK_ID_CURR", ColumnKind::Key), DataError);
}

TEST_CASE("selecting rows keeps the dictionary so codes stay comparable")
{
    Table table("previous_application");
    auto& status = table.addColumn("NAME_CONTRACT_STATUS", ColumnKind::Category);
    for (const char* level : {"Approved", "Refused", "Approved", "Canceled"})
        status.appendCategory(level);
    const std::size_t rows[] = {3, 1};
    const auto selected = table.selectRows(rows);
    REQUIRE(selected.rowCount() == 2);
    CHECK(selected.column("NAME_CONTRACT_STATUS").text(0) == "Canceled");
    CHECK(selected.column("NAME_CONTRACT_STATUS").code(1) ==
          table.column("NAME_CONTRACT_STATUS").codeOf("Refused"));
}
