#include "explain/ExplanationSummary.h"

#include "SampleExplanation.h"

#include <catch2/catch.hpp>

using namespace credit::explain;

TEST_CASE("a summary keeps every field of the explanation but the contributions")
{
    Explanation full = testing::sampleExplanation();
    full.favourableReasons.push_back({"EXT_SOURCE_2", false, {"Le score 2…", "Score 2…"}, -3.1});

    REQUIRE_FALSE(full.contributions.empty()); // so the first check below can fail
    const Explanation summary = summaryOf(full);
    CHECK(summary.contributions.empty());
    // Every other field (Explanation.h asks that a new field be added to summaryOf and here).
    CHECK(summary.probability == full.probability);
    CHECK(summary.margin == full.margin);
    CHECK(summary.baseMargin == full.baseMargin);
    CHECK(summary.threshold == full.threshold);
    CHECK(summary.decision == full.decision);
    CHECK(summary.distancePoints == full.distancePoints);
    CHECK(summary.band == full.band);
    CHECK(summary.interpretation.fr == full.interpretation.fr);
    CHECK(summary.interpretation.en == full.interpretation.en);
    REQUIRE(summary.adverseReasons.size() == 1);
    CHECK(summary.adverseReasons[0].text.en == full.adverseReasons[0].text.en);
    REQUIRE(summary.favourableReasons.size() == 1);
    CHECK(summary.favourableReasons[0].points == -3.1);
    CHECK(summary.modelVersion == full.modelVersion);
}
