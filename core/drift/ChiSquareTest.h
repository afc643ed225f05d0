#pragma once

#include <span>

namespace credit::drift {

struct ChiSquareResult {
    double statistic = 0.0;
    int degreesOfFreedom = 0;
    double pValue = 1.0;
};

// Upper tail of the chi-square distribution: P(X >= statistic) = Q(dof / 2, statistic / 2).
double chiSquarePValue(double statistic, double degreesOfFreedom);

// Pearson's test of homogeneity on the 2 x k table (reference counts, current counts) of one
// categorical feature. Categories empty in both samples are dropped, so dof = (k' - 1) where k'
// counts the categories seen at least once. Counts are doubles so a profile's stored
// frequencies can be used as they are. With fewer than two categories, or an empty sample, there
// is nothing to test: statistic 0, dof 0, p-value 1.
ChiSquareResult chiSquareHomogeneity(std::span<const double> referenceCounts,
                                     std::span<const double> currentCounts);

} // namespace credit::drift
