#include "drift/ScoreDrift.h"

#include "drift/DriftAnalysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace credit::drift {
namespace {

void checkProbabilities(std::span<const double> scores, const char* side)
{
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!(scores[i] >= 0.0 && scores[i] <= 1.0))
            throw std::invalid_argument(std::string(side) + " score #" + std::to_string(i + 1) +
                                        " is " + std::to_string(scores[i]) +
                                        ", not a probability between 0 and 1");
    }
}

std::size_t unitBin(double score, int bins)
{
    const auto bin = static_cast<std::size_t>(score * bins);
    return std::min(bin, static_cast<std::size_t>(bins - 1));
}

double meanOf(std::span<const double> values)
{
    return values.empty() ? 0.0
                          : std::accumulate(values.begin(), values.end(), 0.0) /
                                static_cast<double>(values.size());
}

ScoreDrift finish(FeatureDrift distribution, std::span<const double> currentScores)
{
    ScoreDrift result;
    distribution.name = "score";
    result.distribution = std::move(distribution);
    result.currentMean = meanOf(currentScores);
    result.currentHistogram = unitIntervalHistogram(currentScores);
    return result;
}

} // namespace

std::vector<double> unitIntervalHistogram(std::span<const double> scores, int bins)
{
    std::vector<double> shares(static_cast<std::size_t>(bins), 0.0);
    if (scores.empty())
        return shares;
    for (const double score : scores)
        shares[unitBin(score, bins)] += 1.0;
    for (auto& share : shares)
        share /= static_cast<double>(scores.size());
    return shares;
}

ScoreDrift compareScores(std::span<const double> referenceScores,
                         std::span<const double> currentScores, const DriftThresholds& thresholds)
{
    thresholds.validate();
    checkProbabilities(referenceScores, "reference");
    checkProbabilities(currentScores, "current");
    const auto profile = FeatureProfile::fromNumbers("score", referenceScores);
    auto result = finish(compareNumeric(profile, currentScores, thresholds), currentScores);
    result.referenceMean = meanOf(referenceScores);
    result.referenceHistogram = unitIntervalHistogram(referenceScores);
    return result;
}

ScoreDrift compareScores(const FeatureProfile& referenceScores,
                         std::span<const double> currentScores, const DriftThresholds& thresholds)
{
    thresholds.validate();
    checkProbabilities(currentScores, "current");
    auto result = finish(compareNumeric(referenceScores, currentScores, thresholds), currentScores);
    result.referenceMean = referenceScores.mean;
    result.referenceHistogram.assign(kScoreHistogramBins, 0.0);
    const auto& percentiles = referenceScores.percentiles;
    if (percentiles.size() >= 2) {
        // Percentile k (k >= 1) closes a step holding 1 / (size - 1) of the reference mass.
        const double step = 1.0 / static_cast<double>(percentiles.size() - 1);
        for (std::size_t k = 1; k < percentiles.size(); ++k)
            result.referenceHistogram[unitBin(std::clamp(percentiles[k], 0.0, 1.0),
                                              kScoreHistogramBins)] += step;
    }
    return result;
}

} // namespace credit::drift
