#include "common/NumberFormat.h"

#include <catch2/catch.hpp>
#include <clocale>
#include <stdexcept>

using namespace credit::common;

TEST_CASE("Number text uses '.' whatever the C locale", "[format]")
{
    // fr_FR may not be installed; the checks hold either way, and catch a regression when it is.
    const char* previous = std::setlocale(LC_NUMERIC, "fr_FR.UTF-8");
    CHECK(formatFixed(0.5, 2) == "0.50");
    CHECK(formatFixed(-12.3456, 3) == "-12.346");
    CHECK(formatSignificant(0.77123, 3) == "0.771");
    CHECK(parseLeadingDouble("0.7712\t[3]") == Approx(0.7712));
    if (previous) {
        std::setlocale(LC_NUMERIC, "C");
    }
    CHECK_THROWS_AS(parseLeadingDouble("auc"), std::invalid_argument);
}
