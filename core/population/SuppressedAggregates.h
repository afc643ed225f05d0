#pragma once

#include "population/Distribution.h"

#include <vector>

namespace credit::population {

// Aggregates over everyone or a similar group as the scoring server answers them
// (/v1/population/distribution and /density). The server suppresses small cells: a count from 1 to
// minCellCount - 1 comes back without a number, and a group smaller than minCellCount has no bins
// at all. A suppressed count is 0 in the numbers below and flagged beside them; it must be shown
// and read out as "fewer than minCellCount clients", never as 0.
struct SuppressedDistribution {
    population::Distribution distribution; // counts of suppressed cells read 0: see the flags
    std::vector<bool> allSuppressed;       // per bin: its client count is hidden
    std::vector<bool> outcomesSuppressed;  // per bin: its repaid / difficulties counts are hidden
    bool clientsSuppressed = false;
    bool missingSuppressed = false;
    bool groupSuppressed = false; // fewer than minCellCount clients: no bins
    int minCellCount = 0;
};

struct SuppressedDensity {
    std::vector<double> xEdges, yEdges;
    std::vector<double> counts;         // row-major: y bin * x bins + x bin; suppressed read 0
    std::vector<bool> countsSuppressed; // same layout
    double clients = 0.0;
    double points = 0.0;     // clients with both values
    double beyondAxes = 0.0; // clients beyond the axes' 1st-99th percentile, counted on the edges
    bool clientsSuppressed = false;
    bool pointsSuppressed = false;
    bool beyondAxesSuppressed = false;
    bool groupSuppressed = false;
    int minCellCount = 0;
};

} // namespace credit::population
