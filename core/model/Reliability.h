#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

namespace credit::model {

// One bin of a reliability diagram: clients whose predicted probability fell in [lower, upper).
struct ReliabilityBin {
    double lower = 0.0;
    double upper = 0.0;
    std::size_t count = 0;
    double meanPredicted = 0.0; // NaN when empty
    double observedRate = 0.0;  // share with payment difficulties; NaN when empty
};

// Equal-width bins over [0, 1] (the last one closed): what "a probability of 30 %" meant, in
// the outcomes of the clients who were given about 30 %.
std::vector<ReliabilityBin> reliabilityBins(std::span<const float> labels,
                                            std::span<const float> probabilities, int bins = 10);

// Expected calibration error: the count-weighted mean of |observed rate - mean predicted| over
// the bins above. 0 is perfect.
double expectedCalibrationError(std::span<const ReliabilityBin> bins);

nlohmann::json toJson(std::span<const ReliabilityBin> bins);

} // namespace credit::model
