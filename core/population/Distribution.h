#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace credit::population {

// How one variable is spread over a group of clients: a histogram for a numeric variable, counts
// per level for a categorical one; split by outcome when the reference data has TARGET.
struct Distribution {
    std::string variable;
    bool categorical = false;
    std::vector<double> edges;       // numeric: bins + 1 edges; values outside fall in the end bins
    std::vector<std::string> levels; // categorical: one per bin
    std::vector<double> all;         // clients per bin
    std::vector<double> repaid;      // TARGET = 0 per bin (empty when no TARGET)
    std::vector<double> difficulties; // TARGET = 1 per bin (empty when no TARGET)
    std::size_t clients = 0;          // clients in the group, missing values included
    std::size_t missing = 0;

    bool hasOutcome() const { return !repaid.empty(); }
    std::size_t bins() const { return all.size(); }
    // The bin a value falls in (numeric), clamped to the first and last bins.
    std::size_t binOf(double value) const;
};

// 101 quantiles (0th to 100th percentile) of a sample, ignoring NaN; empty when no value.
std::vector<double> quantiles101(std::vector<double> values);

// The percentile (0-100) of `value` among the sample the quantiles describe. A value tied with a
// flat stretch of quantiles (say 0 children) gets the middle of the stretch. NaN when unknown.
double percentileOf(const std::vector<double>& quantiles, double value);

} // namespace credit::population
