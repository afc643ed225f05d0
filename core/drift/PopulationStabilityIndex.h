#pragma once

#include <span>
#include <vector>

namespace credit::drift {

// Share given to a bin that one sample leaves empty, so ln(current / reference) stays finite.
// 1e-4 is the usual choice in credit-risk practice: an empty bin then adds a bounded amount
// (about 0.05 for a 1 % share on the other side) rather than infinity.
inline constexpr double kPsiEmptyBinShare = 1e-4;

// PSI = sum_i (c_i - r_i) ln(c_i / r_i) over bins, with shares below `emptyBinShare` raised to it.
// Bins empty in both samples add nothing. Throws std::invalid_argument when sizes differ.
double populationStabilityIndex(std::span<const double> referenceShares,
                                std::span<const double> currentShares,
                                double emptyBinShare = kPsiEmptyBinShare);

// Each count divided by their sum (all zeros when the sum is zero).
std::vector<double> sharesOf(std::span<const double> counts);

} // namespace credit::drift
