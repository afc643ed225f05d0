#pragma once

#include "drift/DriftStatus.h"
#include "drift/ReferenceProfile.h"

#include <optional>
#include <string>
#include <vector>

namespace credit::drift {

// One bin of a compared distribution: a numeric range (lower, upper], a category level, or the
// missing values. Shares are of all rows, missing included, so the bars of one side sum to 1.
struct BinComparison {
    enum class Kind { Range, Level, Missing };
    Kind kind = Kind::Range;
    double lower = 0.0; // Range: exclusive lower edge, unused when lowerOpen
    double upper = 0.0; // Range: inclusive upper edge, unused when upperOpen
    bool lowerOpen = false;
    bool upperOpen = false;
    std::string level; // Level: the category's text
    double referenceShare = 0.0;
    double currentShare = 0.0;
};

// The drift verdict for one feature (or for the score distribution).
struct FeatureDrift {
    std::string name;
    FeatureType type = FeatureType::Numeric;
    DriftStatus status = DriftStatus::Unavailable;
    double psi = 0.0;
    // "ks" (two-sample Kolmogorov-Smirnov, numeric) or "chi2" (homogeneity, category).
    std::string test;
    double testStatistic = 0.0;
    std::optional<int> degreesOfFreedom; // chi2 only
    double pValue = 1.0;
    bool testApproximate = false; // KS from stored percentiles rather than the raw sample
    double referenceCount = 0.0;  // rows, missing included
    double currentCount = 0.0;
    double referenceMissingShare = 0.0;
    double currentMissingShare = 0.0;
    std::vector<BinComparison> bins;
    std::string note; // why a comparison is unavailable or approximate, in French
};

} // namespace credit::drift
