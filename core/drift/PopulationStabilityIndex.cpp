#include "drift/PopulationStabilityIndex.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace credit::drift {

double populationStabilityIndex(std::span<const double> referenceShares,
                                std::span<const double> currentShares, double emptyBinShare)
{
    if (referenceShares.size() != currentShares.size())
        throw std::invalid_argument("PSI: reference has " + std::to_string(referenceShares.size()) +
                                    " bins but current has " +
                                    std::to_string(currentShares.size()));
    double psi = 0.0;
    for (std::size_t i = 0; i < referenceShares.size(); ++i) {
        if (referenceShares[i] <= 0.0 && currentShares[i] <= 0.0)
            continue;
        const double reference = std::max(referenceShares[i], emptyBinShare);
        const double current = std::max(currentShares[i], emptyBinShare);
        psi += (current - reference) * std::log(current / reference);
    }
    return psi;
}

std::vector<double> sharesOf(std::span<const double> counts)
{
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    std::vector<double> shares(counts.size(), 0.0);
    if (total > 0.0)
        std::transform(counts.begin(), counts.end(), shares.begin(),
                       [total](double count) { return count / total; });
    return shares;
}

} // namespace credit::drift
