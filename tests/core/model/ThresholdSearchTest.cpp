#include "model/ThresholdSearch.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace credit::model;

namespace {
void add(std::vector<float>& labels, std::vector<float>& scores, float label, float score, int n)
{
    for (int i = 0; i < n; ++i) {
        labels.push_back(label);
        scores.push_back(score);
    }
}
} // namespace

TEST_CASE("Threshold search finds the known cost optimum", "[threshold]")
{
    // Negatives: 10 at 0.1, 10 at 0.2, 2 at 0.6. Positives: 3 at 0.5, 5 at 0.9. With FN=10,
    // FP=1 the candidate costs are 22, 12, 2, 32, 30, 80: refusing from 0.5 up is cheapest and
    // the flat region is (0.2, 0.5], whose middle is 0.35.
    std::vector<float> labels;
    std::vector<float> scores;
    add(labels, scores, 0, 0.1f, 10);
    add(labels, scores, 0, 0.2f, 10);
    add(labels, scores, 0, 0.6f, 2);
    add(labels, scores, 1, 0.5f, 3);
    add(labels, scores, 1, 0.9f, 5);

    const auto result = searchThreshold(labels, scores, CostMatrix{});
    REQUIRE(result.curve.size() == 6);
    CHECK(result.curve[0].cost == Approx(22));
    CHECK(result.curve[1].cost == Approx(12));
    CHECK(result.curve[2].cost == Approx(2));
    CHECK(result.curve[3].cost == Approx(32));
    CHECK(result.curve[4].cost == Approx(30));
    CHECK(result.curve[5].cost == Approx(80));
    CHECK(result.flatRegionLow == Approx(0.2));
    CHECK(result.flatRegionHigh == Approx(0.5));
    CHECK(result.threshold == Approx(0.35));
    CHECK(result.cost == Approx(2));
    CHECK(result.costPerClient == Approx(2.0 / 30.0));
    CHECK(result.confusion.falsePositives == 2);
    CHECK(result.confusion.falseNegatives == 0);
}

TEST_CASE("Threshold search picks the widest flat region of minimal cost", "[threshold]")
{
    // Costs 1/1: candidates 0.1 -> 2, 0.2 -> 1, 0.6 -> 2, 0.9 -> 1, above -> 2. Two minimal
    // regions, (0.1, 0.2] and (0.6, 0.9]; the wider one wins.
    const std::vector<float> labels = {0, 1, 0, 1};
    const std::vector<float> scores = {0.1f, 0.2f, 0.6f, 0.9f};
    const auto result = searchThreshold(labels, scores, CostMatrix{1.0, 1.0});
    CHECK(result.threshold == Approx(0.75));
    CHECK(result.cost == Approx(1));

    // Equal widths: the lower region wins.
    const std::vector<float> equalWidth = {0.1f, 0.2f, 0.6f, 0.7f};
    CHECK(searchThreshold(labels, equalWidth, CostMatrix{1.0, 1.0}).threshold == Approx(0.15));
}

TEST_CASE("Threshold curve downsampling keeps the ends and the chosen threshold", "[threshold]")
{
    std::vector<ThresholdCostPoint> curve;
    for (int i = 0; i < 1000; ++i) {
        curve.push_back({i / 1000.0, 0, 0, static_cast<double>(i), 0});
    }
    const auto small = downsampleCurve(curve, 50, 0.4567);
    CHECK(small.size() <= 51);
    CHECK(small.front().threshold == 0.0);
    CHECK(small.back().threshold == Approx(0.999));
    bool keptChosen = false;
    for (const auto& point : small) {
        keptChosen = keptChosen || point.threshold == Approx(0.457);
    }
    CHECK(keptChosen);
}
