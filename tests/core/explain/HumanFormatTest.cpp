#include "explain/HumanFormat.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace credit::explain;

TEST_CASE("amounts use each language's grouping and currency position")
{
    const auto amount = formatAmount(202500.0);
    CHECK(amount.fr == "202\u202f500\u00a0€");
    CHECK(amount.en == "€202,500");
    CHECK(formatAmount(1234567.4).en == "€1,234,567");
    CHECK(formatAmount(999.0).fr == "999\u00a0€");
    CHECK(formatAmount(std::nan("")).fr == "non renseigné");
}

TEST_CASE("DAYS offsets read as whole years of age")
{
    CHECK(formatYearsFromDays(-12500.0).fr == "34 ans");
    CHECK(formatYearsFromDays(-12500.0).en == "34 years");
    CHECK(formatYearsFromDays(-400.0).fr == "1 an");
    CHECK(formatYearsFromDays(-400.0).en == "1 year");
}

TEST_CASE("employment length handles months and the not-employed sentinel")
{
    CHECK(formatEmployment(-100.0).fr == "3 mois");
    CHECK(formatEmployment(-100.0).en == "3 months");
    CHECK(formatEmployment(-3000.0).fr == "8 ans");
    CHECK(formatEmployment(365243.0).en.find("not in employment") == 0);
}

TEST_CASE("percentages, decimals, points and ordinals")
{
    CHECK(formatPercent(0.123).fr == "12\u00a0%");
    CHECK(formatPercent(0.123).en == "12%");
    CHECK(formatPercent(0.0456, 1).fr == "4,6\u00a0%");
    CHECK(formatDecimal(0.2071, 2).fr == "0,21");
    CHECK(formatDecimal(0.2071, 2).en == "0.21");
    CHECK(formatDecimal(-1.5, 1).en == "-1.5");
    CHECK(formatPoints(4.13).fr == "+4,1\u00a0pts");
    CHECK(formatPoints(-0.5).en == "-0.5 pts");
    CHECK(formatOrdinal(72).fr == "72e");
    CHECK(formatOrdinal(72).en == "72nd");
    CHECK(formatOrdinal(11).en == "11th");
    CHECK(formatOrdinal(1).fr == "1er");
}
