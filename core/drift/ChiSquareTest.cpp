#include "drift/ChiSquareTest.h"

#include "drift/IncompleteGamma.h"

#include <numeric>
#include <stdexcept>

namespace credit::drift {

double chiSquarePValue(double statistic, double degreesOfFreedom)
{
    if (degreesOfFreedom <= 0.0)
        return 1.0;
    if (statistic <= 0.0)
        return 1.0;
    return regularizedGammaQ(degreesOfFreedom / 2.0, statistic / 2.0);
}

ChiSquareResult chiSquareHomogeneity(std::span<const double> referenceCounts,
                                     std::span<const double> currentCounts)
{
    if (referenceCounts.size() != currentCounts.size())
        throw std::invalid_argument(
            "chi-square test: reference has " + std::to_string(referenceCounts.size()) +
            " categories but current has " + std::to_string(currentCounts.size()));
    const double referenceTotal =
        std::accumulate(referenceCounts.begin(), referenceCounts.end(), 0.0);
    const double currentTotal = std::accumulate(currentCounts.begin(), currentCounts.end(), 0.0);
    const double total = referenceTotal + currentTotal;
    ChiSquareResult result;
    if (referenceTotal <= 0.0 || currentTotal <= 0.0)
        return result;

    int categoriesSeen = 0;
    for (std::size_t i = 0; i < referenceCounts.size(); ++i) {
        const double categoryTotal = referenceCounts[i] + currentCounts[i];
        if (categoryTotal <= 0.0)
            continue;
        ++categoriesSeen;
        const double expectedReference = referenceTotal * categoryTotal / total;
        const double expectedCurrent = currentTotal * categoryTotal / total;
        const double deltaReference = referenceCounts[i] - expectedReference;
        const double deltaCurrent = currentCounts[i] - expectedCurrent;
        result.statistic += deltaReference * deltaReference / expectedReference +
                            deltaCurrent * deltaCurrent / expectedCurrent;
    }
    if (categoriesSeen < 2) {
        result.statistic = 0.0;
        return result;
    }
    result.degreesOfFreedom = categoriesSeen - 1;
    result.pValue = chiSquarePValue(result.statistic, result.degreesOfFreedom);
    return result;
}

} // namespace credit::drift
