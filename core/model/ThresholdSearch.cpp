#include "model/ThresholdSearch.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace credit::model {

ThresholdSearchResult searchThreshold(std::span<const float> labels,
                                      std::span<const float> probabilities, const CostMatrix& costs)
{
    if (labels.size() != probabilities.size() || labels.empty()) {
        throw std::invalid_argument("threshold search: " + std::to_string(labels.size()) +
                                    " labels and " + std::to_string(probabilities.size()) +
                                    " probabilities (need the same, non-zero number)");
    }
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return probabilities[a] < probabilities[b];
    });
    std::size_t positives = 0;
    for (const float label : labels) {
        positives += label > 0.5f ? 1 : 0;
    }
    const std::size_t negatives = labels.size() - positives;
    const double rows = static_cast<double>(labels.size());

    // Sweep the threshold upwards: at threshold p_k everyone with probability < p_k is granted.
    ThresholdSearchResult result;
    std::size_t grantedPositives = 0; // false negatives
    std::size_t grantedNegatives = 0; // true negatives
    auto addPoint = [&](double threshold) {
        ThresholdCostPoint point;
        point.threshold = threshold;
        point.falseNegatives = grantedPositives;
        point.falsePositives = negatives - grantedNegatives;
        point.cost = static_cast<double>(point.falseNegatives) * costs.falseNegativeCost +
                     static_cast<double>(point.falsePositives) * costs.falsePositiveCost;
        point.costPerClient = point.cost / rows;
        result.curve.push_back(point);
    };
    for (std::size_t i = 0; i < order.size(); ++i) {
        const double probability = probabilities[order[i]];
        if (std::isnan(probability)) {
            throw std::invalid_argument("threshold search: probability of row " +
                                        std::to_string(order[i]) + " is NaN");
        }
        if (i == 0 || probabilities[order[i - 1]] != probabilities[order[i]]) {
            addPoint(probability);
        }
        (labels[order[i]] > 0.5f ? grantedPositives : grantedNegatives) += 1;
    }
    addPoint(1.0 + static_cast<double>(probabilities[order.back()]));

    const double minimum =
        std::min_element(result.curve.begin(), result.curve.end(), [](auto& a, auto& b) {
            return a.cost < b.cost;
        })->cost;
    // Flat regions: runs of adjacent minimal candidates; candidate k covers (p_{k-1}, p_k].
    double bestLow = 0;
    double bestHigh = 0;
    double bestWidth = -1;
    for (std::size_t k = 0; k < result.curve.size();) {
        if (result.curve[k].cost != minimum) {
            ++k;
            continue;
        }
        std::size_t end = k;
        while (end + 1 < result.curve.size() && result.curve[end + 1].cost == minimum) {
            ++end;
        }
        const double low = k == 0 ? 0.0 : result.curve[k - 1].threshold;
        double high = result.curve[end].threshold;
        if (end + 1 == result.curve.size()) {
            // The "refuse nobody" candidate stands for every threshold above the largest
            // probability; cap the region at 1.
            high = 1.0;
        }
        if (high - low > bestWidth) {
            bestWidth = high - low;
            bestLow = low;
            bestHigh = high;
        }
        k = end + 1;
    }
    result.flatRegionLow = bestLow;
    result.flatRegionHigh = bestHigh;
    result.threshold = (bestLow + bestHigh) / 2.0;
    result.confusion = confusionAt(labels, probabilities, result.threshold);
    result.cost = result.confusion.businessCost(costs);
    result.costPerClient = result.confusion.costPerClient(costs);
    return result;
}

std::vector<ThresholdCostPoint> downsampleCurve(const std::vector<ThresholdCostPoint>& curve,
                                                std::size_t maxPoints, double keepThreshold)
{
    if (curve.size() <= maxPoints || maxPoints < 3) {
        return curve;
    }
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < maxPoints - 1; ++i) {
        keep.push_back(i * (curve.size() - 1) / (maxPoints - 2));
    }
    keep.push_back(curve.size() - 1);
    const auto closest = std::min_element(curve.begin(), curve.end(), [&](auto& a, auto& b) {
        return std::abs(a.threshold - keepThreshold) < std::abs(b.threshold - keepThreshold);
    });
    keep.push_back(static_cast<std::size_t>(closest - curve.begin()));
    std::sort(keep.begin(), keep.end());
    keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
    std::vector<ThresholdCostPoint> out;
    for (const std::size_t index : keep) {
        out.push_back(curve[index]);
    }
    return out;
}

} // namespace credit::model
