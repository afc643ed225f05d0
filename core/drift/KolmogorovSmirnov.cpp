#include "drift/KolmogorovSmirnov.h"

#include <algorithm>
#include <cmath>

namespace credit::drift {

double kolmogorovComplement(double lambda)
{
    // Below about 0.2 the series converges slowly and its value is 1 to double precision.
    if (lambda < 0.2)
        return 1.0;
    const double minusTwoLambdaSquared = -2.0 * lambda * lambda;
    double sum = 0.0;
    double sign = 1.0;
    double previousTerm = 0.0;
    for (int j = 1; j <= 100; ++j) {
        const double term = sign * 2.0 * std::exp(minusTwoLambdaSquared * j * j);
        sum += term;
        if (std::fabs(term) <= 1e-10 * std::fabs(previousTerm) || std::fabs(term) <= 1e-16 * sum)
            return std::clamp(sum, 0.0, 1.0);
        sign = -sign;
        previousTerm = term;
    }
    return 1.0; // did not converge: only happens for tiny lambda, where the answer is 1
}

double kolmogorovSmirnovPValue(double statistic, std::size_t referenceCount,
                               std::size_t currentCount)
{
    if (referenceCount == 0 || currentCount == 0)
        return 1.0;
    const double n = static_cast<double>(referenceCount);
    const double m = static_cast<double>(currentCount);
    const double effective = std::sqrt(n * m / (n + m));
    return kolmogorovComplement((effective + 0.12 + 0.11 / effective) * statistic);
}

KolmogorovSmirnovResult kolmogorovSmirnov(std::span<const double> sortedReference,
                                          std::span<const double> sortedCurrent)
{
    KolmogorovSmirnovResult result;
    const std::size_t n = sortedReference.size();
    const std::size_t m = sortedCurrent.size();
    if (n == 0 || m == 0)
        return result;
    // Walk both samples in order; at each distinct value, advance past all its copies in both
    // samples before comparing the CDFs, so ties do not create an artificial gap.
    std::size_t i = 0;
    std::size_t j = 0;
    double largestGap = 0.0;
    while (i < n && j < m) {
        const double value = std::min(sortedReference[i], sortedCurrent[j]);
        while (i < n && sortedReference[i] <= value)
            ++i;
        while (j < m && sortedCurrent[j] <= value)
            ++j;
        const double gap = std::fabs(static_cast<double>(i) / static_cast<double>(n) -
                                     static_cast<double>(j) / static_cast<double>(m));
        largestGap = std::max(largestGap, gap);
    }
    result.statistic = largestGap;
    result.pValue = kolmogorovSmirnovPValue(largestGap, n, m);
    return result;
}

KolmogorovSmirnovResult kolmogorovSmirnovFromPercentiles(std::span<const double> percentiles,
                                                         std::size_t referenceCount,
                                                         std::span<const double> sortedCurrent)
{
    KolmogorovSmirnovResult result;
    if (percentiles.size() < 2 || referenceCount == 0 || sortedCurrent.empty())
        return result;
    const double steps = static_cast<double>(percentiles.size() - 1);
    const double m = static_cast<double>(sortedCurrent.size());
    double largestGap = 0.0;
    for (std::size_t k = 0; k < percentiles.size(); ++k) {
        // Only the last of equal percentiles carries the reference CDF at that value.
        if (k + 1 < percentiles.size() && percentiles[k + 1] <= percentiles[k])
            continue;
        const double referenceCdf = static_cast<double>(k) / steps;
        const auto atOrBelow =
            std::upper_bound(sortedCurrent.begin(), sortedCurrent.end(), percentiles[k]);
        const double currentCdf = static_cast<double>(atOrBelow - sortedCurrent.begin()) / m;
        largestGap = std::max(largestGap, std::fabs(referenceCdf - currentCdf));
    }
    result.statistic = largestGap;
    result.pValue = kolmogorovSmirnovPValue(largestGap, referenceCount, sortedCurrent.size());
    return result;
}

} // namespace credit::drift
