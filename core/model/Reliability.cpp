#include "model/Reliability.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace credit::model {

std::vector<ReliabilityBin> reliabilityBins(std::span<const float> labels,
                                            std::span<const float> probabilities, int bins)
{
    if (labels.size() != probabilities.size())
        throw std::invalid_argument("reliability: " + std::to_string(probabilities.size()) +
                                    " probabilities for " + std::to_string(labels.size()) +
                                    " labels");
    if (bins < 1)
        throw std::invalid_argument("reliability: at least one bin");
    std::vector<ReliabilityBin> result(static_cast<std::size_t>(bins));
    std::vector<double> predictedSum(result.size(), 0.0);
    std::vector<double> positives(result.size(), 0.0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double p = probabilities[i];
        if (std::isnan(p))
            continue;
        const auto bin = static_cast<std::size_t>(
            std::clamp(static_cast<int>(std::floor(p * bins)), 0, bins - 1));
        ++result[bin].count;
        predictedSum[bin] += p;
        positives[bin] += labels[i] == 1.0f;
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t b = 0; b < result.size(); ++b) {
        auto& bin = result[b];
        bin.lower = static_cast<double>(b) / bins;
        bin.upper = static_cast<double>(b + 1) / bins;
        const auto count = static_cast<double>(bin.count);
        bin.meanPredicted = bin.count ? predictedSum[b] / count : nan;
        bin.observedRate = bin.count ? positives[b] / count : nan;
    }
    return result;
}

double expectedCalibrationError(std::span<const ReliabilityBin> bins)
{
    double total = 0, weighted = 0;
    for (const auto& bin : bins) {
        if (bin.count == 0)
            continue;
        total += static_cast<double>(bin.count);
        weighted +=
            static_cast<double>(bin.count) * std::fabs(bin.observedRate - bin.meanPredicted);
    }
    return total > 0 ? weighted / total : 0.0;
}

nlohmann::json toJson(std::span<const ReliabilityBin> bins)
{
    auto array = nlohmann::json::array();
    for (const auto& bin : bins) {
        nlohmann::json entry{{"lower", bin.lower}, {"upper", bin.upper}, {"count", bin.count}};
        if (bin.count) {
            entry["mean_predicted"] = bin.meanPredicted;
            entry["observed_rate"] = bin.observedRate;
        }
        array.push_back(std::move(entry));
    }
    return array;
}

} // namespace credit::model
