#pragma once

#include "drift/DriftThresholds.h"
#include "drift/FeatureDrift.h"
#include "drift/ReferenceProfile.h"

#include <span>
#include <string>
#include <vector>

namespace credit::drift {

// Equal-width bins on [0, 1] used to draw the two score distributions (PSI itself uses the
// reference's deciles, like every other feature).
inline constexpr int kScoreHistogramBins = 20;

// Shift of the predicted probability of default between the reference (out-of-fold scores of
// the training data) and a current set of scores (a batch, or a prediction log).
struct ScoreDrift {
    FeatureDrift distribution; // PSI on reference deciles, KS, status
    double referenceMean = 0.0;
    double currentMean = 0.0;
    std::vector<double> referenceHistogram; // shares per kScoreHistogramBins bin of [0, 1]
    std::vector<double> currentHistogram;
};

// Both sides as plain vectors of probabilities. Throws std::invalid_argument naming the side and
// the position of the first value that is NaN or outside [0, 1].
ScoreDrift compareScores(std::span<const double> referenceScores,
                         std::span<const double> currentScores,
                         const DriftThresholds& thresholds = {});
// The reference as a stored profile (ReferenceProfile::scores). Its histogram is rebuilt from the
// percentiles (each percentile step carries 1 % of the mass), so it is approximate.
ScoreDrift compareScores(const FeatureProfile& referenceScores,
                         std::span<const double> currentScores,
                         const DriftThresholds& thresholds = {});

// Shares of the scores per equal-width bin of [0, 1] (1.0 falls in the last bin).
std::vector<double> unitIntervalHistogram(std::span<const double> scores,
                                          int bins = kScoreHistogramBins);

} // namespace credit::drift
