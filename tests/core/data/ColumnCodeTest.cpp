#include "data/Column.h"
#include "data/DataError.h"

#include <catch2/catch.hpp>

using namespace credit::data;

TEST_CASE("appendCode stores interned codes and refuses codes without a level")
{
    Column status("STATUS", ColumnKind::Category);
    const auto closed = status.internLevel("C");
    status.appendCode(closed);
    status.appendCode(Column::kMissingCode);
    REQUIRE(status.size() == 2);
    CHECK(status.text(0) == "C");
    CHECK(status.isMissing(1));
    CHECK_THROWS_AS(status.appendCode(5), DataError);

    Column months("MONTHS_BALANCE", ColumnKind::Integer);
    CHECK_THROWS_AS(months.appendCode(0), DataError);
    CHECK_THROWS_AS(status.appendNumber(1.0), DataError);
}
