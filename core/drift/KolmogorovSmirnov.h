#pragma once

#include <cstddef>
#include <span>

namespace credit::drift {

struct KolmogorovSmirnovResult {
    double statistic = 0.0; // D = sup |F_reference(x) - F_current(x)|, in [0, 1]
    double pValue = 1.0;    // asymptotic, see kolmogorovSmirnovPValue
};

// Q_KS(lambda) = 2 sum_{j>=1} (-1)^(j-1) exp(-2 j^2 lambda^2): the limiting probability that the
// scaled statistic exceeds lambda (Kolmogorov's distribution, upper tail).
double kolmogorovComplement(double lambda);

// Asymptotic two-sample p-value with Stephens' small-sample correction (Numerical Recipes §14.3):
// lambda = (sqrt(ne) + 0.12 + 0.11 / sqrt(ne)) * D with ne = n m / (n + m). For discrete data
// (flags, counts) the p-value is conservative (too large). Returns 1 when a sample is empty.
double kolmogorovSmirnovPValue(double statistic, std::size_t referenceCount,
                               std::size_t currentCount);

// Exact statistic on two samples sorted ascending with missing values already removed.
KolmogorovSmirnovResult kolmogorovSmirnov(std::span<const double> sortedReference,
                                          std::span<const double> sortedCurrent);

// Approximate statistic when only the reference's percentiles are known (a ReferenceProfile
// loaded from JSON): `percentiles[k]` is the nearest-rank quantile at k / (size - 1). The
// reference CDF at a stored value v is taken as the largest k / (size - 1) with percentiles[k] ==
// v, and D is the largest gap over those points, so the result is accurate to about one percentile
// step (0.01 with 101 points). `referenceCount` is the size of the sample the percentiles came
// from.
KolmogorovSmirnovResult kolmogorovSmirnovFromPercentiles(std::span<const double> percentiles,
                                                         std::size_t referenceCount,
                                                         std::span<const double> sortedCurrent);

} // namespace credit::drift
