#include "model/Metrics.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using namespace credit::model;

namespace {
// Hand-computed example: positives score 0.9, 0.7, 0.3; negatives 0.8, 0.7, 0.1 (one tie).
const std::vector<float> kLabels = {1, 0, 1, 0, 1, 0};
const std::vector<float> kScores = {0.9f, 0.8f, 0.7f, 0.7f, 0.3f, 0.1f};
} // namespace

TEST_CASE("ROC AUC counts tied pairs as one half", "[metrics]")
{
    // Pairs won: 0.9 beats 3 negatives, 0.7 beats 0.1 and ties 0.7, 0.3 beats 0.1 -> 5.5 of 9.
    CHECK(rocAuc(kLabels, kScores) == Approx(5.5 / 9.0));
    const std::vector<float> perfect = {0.9f, 0.1f, 0.8f, 0.2f, 0.7f, 0.3f};
    CHECK(rocAuc(kLabels, perfect) == Approx(1.0));
    const std::vector<float> allTied(6, 0.5f);
    CHECK(rocAuc(kLabels, allTied) == Approx(0.5));
}

TEST_CASE("Average precision follows sklearn's step definition", "[metrics]")
{
    // Thresholds 0.9: R=1/3 P=1; 0.7: R=2/3 P=2/4; 0.3: R=1 P=3/5 -> 1/3 + 1/6 + 1/5.
    CHECK(averagePrecision(kLabels, kScores) == Approx(1.0 / 3 + 1.0 / 6 + 0.2));
}

TEST_CASE("Brier score and KS statistic", "[metrics]")
{
    CHECK(brierScore(kLabels, kScores) == Approx(1.73 / 6.0));
    // TPR - FPR: 1/3 at 0.9, 0 at 0.8 and 0.7, 1/3 at 0.3.
    CHECK(ksStatistic(kLabels, kScores) == Approx(1.0 / 3.0));
}

TEST_CASE("Confusion matrix, recall, precision and business cost at a threshold", "[metrics]")
{
    const ConfusionMatrix at05 = confusionAt(kLabels, kScores, 0.5);
    CHECK(at05.truePositives == 2);
    CHECK(at05.falsePositives == 2);
    CHECK(at05.falseNegatives == 1);
    CHECK(at05.trueNegatives == 1);
    CHECK(at05.recall() == Approx(2.0 / 3.0));
    CHECK(at05.precision() == Approx(0.5));
    CHECK(at05.businessCost(CostMatrix{}) == Approx(12.0)); // 1 FN x 10 + 2 FP x 1
    CHECK(at05.costPerClient(CostMatrix{}) == Approx(2.0));
    CHECK(at05.businessCost(CostMatrix{5.0, 2.0}) == Approx(9.0));

    // The threshold itself is refused (>=).
    const ConfusionMatrix at07 =
        confusionAt(kLabels, kScores, 0.7f); // scores are floats: compare with the same float
    CHECK(at07.truePositives == 2);
    CHECK(at07.falsePositives == 2);

    const ConfusionMatrix refuseNobody = confusionAt(kLabels, kScores, 1.1);
    CHECK(refuseNobody.precision() == 0.0);
    CHECK(refuseNobody.recall() == 0.0);
    CHECK(refuseNobody.businessCost(CostMatrix{}) == Approx(30.0));
}

TEST_CASE("Curves start at their origin and end at full recall", "[metrics]")
{
    const auto roc = rocCurve(kLabels, kScores);
    CHECK(roc.front().x == 0.0);
    CHECK(roc.front().y == 0.0);
    CHECK(roc.back().x == Approx(1.0));
    CHECK(roc.back().y == Approx(1.0));
    CHECK(roc.size() == 6); // origin + 5 distinct scores
    const auto pr = precisionRecallCurve(kLabels, kScores);
    CHECK(pr.back().x == Approx(1.0));
    CHECK(pr.back().y == Approx(0.5));
}

TEST_CASE("Metrics refuse inputs they cannot score", "[metrics]")
{
    const std::vector<float> onlyNegatives = {0, 0, 0};
    const std::vector<float> scores = {0.1f, 0.2f, 0.3f};
    CHECK_THROWS_AS(rocAuc(onlyNegatives, scores), std::invalid_argument);
    const std::vector<float> shortScores = {0.1f};
    CHECK_THROWS_AS(brierScore(kLabels, shortScores), std::invalid_argument);
}
