#pragma once

#include "model/CostMatrix.h"
#include "model/Metrics.h"

#include <span>
#include <vector>

namespace credit::model {

struct ThresholdCostPoint {
    double threshold = 0.0; // refuse when probability >= threshold
    std::size_t falseNegatives = 0;
    std::size_t falsePositives = 0;
    double cost = 0.0;
    double costPerClient = 0.0;
};

struct ThresholdSearchResult {
    // One point per candidate, ascending threshold. Candidates are every distinct predicted
    // probability (exact: the cost only changes there) plus 1 + the largest probability,
    // above which nobody is refused.
    std::vector<ThresholdCostPoint> curve;
    double threshold = 0.5;    // the chosen decision threshold
    ConfusionMatrix confusion; // at the chosen threshold
    double cost = 0.0;         // business cost at the chosen threshold
    double costPerClient = 0.0;
    double flatRegionLow = 0.0; // the chosen threshold is the middle of (low, high]
    double flatRegionHigh = 0.0;
};

// Finds the threshold that minimises FN * fnCost + FP * fpCost on (out-of-fold) predictions.
// The cost is constant on each interval (p_{k-1}, p_k] between consecutive distinct
// probabilities, so minimal candidates that are adjacent form one flat region. Rule: among
// flat regions of minimal cost take the widest (ties: the lowest), and return its middle, so
// the threshold does not sit on a training probability.
ThresholdSearchResult searchThreshold(std::span<const float> labels,
                                      std::span<const float> probabilities,
                                      const CostMatrix& costs);

// Evenly spaced points of the curve (by index), always keeping the first, the last and the
// one closest to `keepThreshold`; for storing the curve in a bundle.
std::vector<ThresholdCostPoint> downsampleCurve(const std::vector<ThresholdCostPoint>& curve,
                                                std::size_t maxPoints, double keepThreshold);

} // namespace credit::model
