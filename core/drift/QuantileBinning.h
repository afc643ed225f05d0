#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace credit::drift {

// Number of PSI bins on the reference's quantiles (deciles), before ties merge some of them.
inline constexpr int kPsiQuantileBins = 10;
// Number of stored reference percentiles (0 %, 1 %, ..., 100 %) used for KS from a profile.
inline constexpr int kProfilePercentiles = 101;

// Nearest-rank quantile of a sample sorted ascending: the smallest value with at least a share
// `probability` of the sample at or below it (sorted[ceil(p n) - 1], sorted[0] for p = 0). Always
// an observed value, so discrete features keep natural bin edges. Throws on an empty sample.
double nearestRankQuantile(std::span<const double> sorted, double probability);

// PSI bin edges. When the reference has at most `bins` distinct values (flags, small counts),
// every distinct value is its own bin, so a flag with 95 % ones still separates 0 from 1.
// Otherwise the edges are the reference's quantiles at 1/bins, ..., (bins-1)/bins with duplicates
// removed. An edge equal to the reference maximum is dropped (it would leave a bin the reference
// never fills). Bin i holds values in (edge[i-1], edge[i]], the first bin everything <= edge[0],
// the last everything > edge.back(). Empty sample: no edge.
std::vector<double> quantileCutPoints(std::span<const double> sortedReference,
                                      int bins = kPsiQuantileBins);

// The bin of a (non-missing) value for the given edges: 0 .. cutPoints.size().
std::size_t binIndex(std::span<const double> cutPoints, double value);

// Counts per bin: cutPoints.size() + 1 value bins, then one last bin for missing (NaN) values.
std::vector<double> countPerBin(std::span<const double> cutPoints, std::span<const double> values);

// The nearest-rank percentiles 0 .. 100 (kProfilePercentiles values) of a sorted sample.
std::vector<double> percentilesOf(std::span<const double> sorted);

} // namespace credit::drift
