#include "drift/QuantileBinning.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace credit::drift {

double nearestRankQuantile(std::span<const double> sorted, double probability)
{
    if (sorted.empty())
        throw std::invalid_argument("quantile of an empty sample");
    const double n = static_cast<double>(sorted.size());
    // The small tolerance keeps 0.3 * 10 from landing on 3.0000000000000004 and skipping a rank.
    const double rank = std::ceil(std::clamp(probability, 0.0, 1.0) * n - 1e-9);
    const auto index = static_cast<std::size_t>(std::max(rank, 1.0)) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

std::vector<double> quantileCutPoints(std::span<const double> sortedReference, int bins)
{
    std::vector<double> cuts;
    if (sortedReference.empty() || bins < 2)
        return cuts;
    std::vector<double> distinct;
    for (const double value : sortedReference) {
        if (distinct.empty() || value > distinct.back())
            distinct.push_back(value);
        if (distinct.size() > static_cast<std::size_t>(bins))
            break;
    }
    if (distinct.size() <= static_cast<std::size_t>(bins)) {
        distinct.pop_back(); // the maximum: everything above the previous value is the last bin
        return distinct;
    }
    for (int k = 1; k < bins; ++k) {
        const double edge = nearestRankQuantile(sortedReference, static_cast<double>(k) / bins);
        if (cuts.empty() || edge > cuts.back())
            cuts.push_back(edge);
    }
    if (!cuts.empty() && cuts.back() >= sortedReference.back())
        cuts.pop_back();
    return cuts;
}

std::size_t binIndex(std::span<const double> cutPoints, double value)
{
    return static_cast<std::size_t>(std::lower_bound(cutPoints.begin(), cutPoints.end(), value) -
                                    cutPoints.begin());
}

std::vector<double> countPerBin(std::span<const double> cutPoints, std::span<const double> values)
{
    std::vector<double> counts(cutPoints.size() + 2, 0.0);
    for (const double value : values) {
        if (std::isnan(value))
            counts.back() += 1.0;
        else
            counts[binIndex(cutPoints, value)] += 1.0;
    }
    return counts;
}

std::vector<double> percentilesOf(std::span<const double> sorted)
{
    std::vector<double> result;
    if (sorted.empty())
        return result;
    result.reserve(kProfilePercentiles);
    for (int k = 0; k < kProfilePercentiles; ++k)
        result.push_back(
            nearestRankQuantile(sorted, static_cast<double>(k) / (kProfilePercentiles - 1)));
    return result;
}

} // namespace credit::drift
