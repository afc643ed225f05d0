#include "explain/ExplanationSummary.h"

#include <catch2/catch.hpp>

using namespace credit::explain;

TEST_CASE("a summary keeps every field of the explanation but the contributions")
{
    Explanation full;
    full.probability = 0.231;
    full.margin = -1.2;
    full.baseMargin = -2.4;
    full.threshold = 0.094;
    full.decision = Decision::Refuse;
    full.distancePoints = 13.7;
    full.band = Band::ClearRefusal;
    full.interpretation = {"Refus net.", "Clear refusal."};
    full.contributions.push_back({"EXT_SOURCE_3",
                                  {"Score externe n°3", "External score no. 3"},
                                  {"0,21", "0.21"},
                                  0.8,
                                  6.2,
                                  12.0,
                                  {"EXT_SOURCE_3"}});
    full.adverseReasons.push_back({"EXT_SOURCE_3", true, {"Le score…", "The score…"}, 6.2});
    full.favourableReasons.push_back({"EXT_SOURCE_2", false, {"Le score 2…", "Score 2…"}, -3.1});
    full.modelVersion = "demo-2026-11-22";

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
    CHECK(summary.adverseReasons[0].text.en == "The score…");
    REQUIRE(summary.favourableReasons.size() == 1);
    CHECK(summary.favourableReasons[0].points == -3.1);
    CHECK(summary.modelVersion == full.modelVersion);
}
