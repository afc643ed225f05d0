#pragma once

#include "model/CostMatrix.h"

#include <cstddef>
#include <span>
#include <vector>

namespace credit::model {

// Labels: 1 = payment difficulties (the positive class), 0 = repaid. Scores: predicted
// probabilities of the positive class. A client is predicted positive (refused) when
// score >= threshold. Functions that need both classes throw std::invalid_argument otherwise.

struct ConfusionMatrix {
    std::size_t truePositives = 0;
    std::size_t falsePositives = 0;
    std::size_t trueNegatives = 0;
    std::size_t falseNegatives = 0;

    std::size_t total() const
    {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }
    // TP / (TP + FN); 0 when there is no positive.
    double recall() const;
    // TP / (TP + FP); 0 when nothing is predicted positive (sklearn's zero_division=0).
    double precision() const;
    double businessCost(const CostMatrix& costs) const;
    double costPerClient(const CostMatrix& costs) const;
};

struct CurvePoint {
    double x = 0.0;
    double y = 0.0;
    double threshold = 0.0;
};

// Area under the ROC curve; tied scores count one half (Mann-Whitney with mid-ranks).
double rocAuc(std::span<const float> labels, std::span<const float> scores);
// Average precision as sklearn defines it: sum over distinct thresholds (descending) of
// (R_n - R_{n-1}) * P_n, no interpolation.
double averagePrecision(std::span<const float> labels, std::span<const float> scores);
double brierScore(std::span<const float> labels, std::span<const float> scores);
// Kolmogorov-Smirnov statistic: max over thresholds of TPR - FPR.
double ksStatistic(std::span<const float> labels, std::span<const float> scores);

ConfusionMatrix confusionAt(std::span<const float> labels, std::span<const float> scores,
                            double threshold);

// ROC curve (x = FPR, y = TPR) and precision-recall curve (x = recall, y = precision), one point
// per distinct score from the highest down, starting at (0, 0) / (0, 1).
std::vector<CurvePoint> rocCurve(std::span<const float> labels, std::span<const float> scores);
std::vector<CurvePoint> precisionRecallCurve(std::span<const float> labels,
                                             std::span<const float> scores);

} // namespace credit::model
