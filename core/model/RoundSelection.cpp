#include "model/RoundSelection.h"

#include <algorithm>
#include <cmath>

namespace credit::model {

std::string_view roundSelectionName(RoundSelection selection)
{
    return selection == RoundSelection::MeanCurve ? "mean_curve" : "per_fold";
}

std::optional<RoundSelection> roundSelectionFromName(std::string_view name)
{
    if (name == "per_fold")
        return RoundSelection::PerFold;
    if (name == "mean_curve")
        return RoundSelection::MeanCurve;
    return std::nullopt;
}

CurvePeak findPeak(std::span<const double> curve, int warmUpRounds, int patience)
{
    const int warmUp = std::max(1, warmUpRounds);
    double bestAuc = -1;
    // Patience counts from the end of the warm-up, not from round 0 (as in the trainer's loop).
    CurvePeak peak{warmUp - 1, false};
    for (int round = 0; round < static_cast<int>(curve.size()); ++round) {
        if (round >= warmUp - 1 && curve[static_cast<std::size_t>(round)] > bestAuc) {
            bestAuc = curve[static_cast<std::size_t>(round)];
            peak.bestRound = round;
        }
        if (round - peak.bestRound >= patience) {
            peak.stopped = true;
            break;
        }
    }
    // A curve shorter than the warm-up: its last round is the best it has.
    if (!curve.empty())
        peak.bestRound = std::min(peak.bestRound, static_cast<int>(curve.size()) - 1);
    return peak;
}

std::vector<double> meanCurve(std::span<const std::vector<double>> curves)
{
    if (curves.empty())
        return {};
    std::size_t length = curves[0].size();
    for (const auto& curve : curves)
        length = std::min(length, curve.size());
    std::vector<double> mean(length, 0.0);
    for (const auto& curve : curves)
        for (std::size_t round = 0; round < length; ++round)
            mean[round] += curve[round];
    for (double& value : mean)
        value /= static_cast<double>(curves.size());
    return mean;
}

int selectedRounds(RoundSelection selection, std::span<const std::vector<double>> curves,
                   int warmUpRounds, int patience)
{
    if (curves.empty())
        return 1;
    if (selection == RoundSelection::MeanCurve)
        return findPeak(meanCurve(curves), warmUpRounds, patience).bestRound + 1;
    double rounds = 0;
    for (const auto& curve : curves)
        rounds += findPeak(curve, warmUpRounds, patience).bestRound + 1;
    return std::max(1, static_cast<int>(std::lround(rounds / static_cast<double>(curves.size()))));
}

} // namespace credit::model
