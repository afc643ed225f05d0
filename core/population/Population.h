#pragma once

#include "data/Table.h"
#include "population/ComparisonVariable.h"
#include "population/Distribution.h"
#include "population/GroupFilter.h"

#include <map>
#include <mutex>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace credit::population {

// Binned counts of two variables, so 300,000 clients draw as a readable density grid.
struct ScatterGrid {
    std::vector<double> xEdges;
    std::vector<double> yEdges;
    std::vector<double> counts; // row-major: y bin * x bins + x bin
    std::size_t points = 0;     // clients with both values
    // Of `points`, those with a value beyond an axis (the axes span the 1st-99th percentiles):
    // they are counted in the edge cell on their side, which a chart must say.
    std::size_t beyondAxes = 0;
};

// Comparisons over the rows of a portfolio's application table (held by reference: the table
// must outlive the Population). Bin edges come from the whole portfolio so a chart's axis stays
// put while the advisor changes the group.
class Population {
public:
    explicit Population(const data::Table& applications, int bins = 30);

    std::size_t size() const { return applications_.rowCount(); }
    bool hasOutcome() const { return applications_.hasColumn("TARGET"); }

    std::vector<std::size_t> select(const GroupFilter& filter) const;
    Distribution distribution(const ComparisonVariable& variable,
                              std::span<const std::size_t> rows) const;
    // The client's percentile (0-100) among `rows`; NaN when the value or the group is empty.
    double percentile(const ComparisonVariable& variable, double value,
                      std::span<const std::size_t> rows) const;
    ScatterGrid scatter(const ComparisonVariable& x, const ComparisonVariable& y,
                        std::span<const std::size_t> rows, int bins = 60) const;

    // The numeric bin edges used for `variable` (from the whole portfolio, 0.5th to 99.5th
    // percentile).
    std::vector<double> edgesFor(const ComparisonVariable& variable, int bins) const;

    const data::Table& applications() const { return applications_; }

private:
    std::vector<double> computeEdges(const ComparisonVariable& variable, int bins) const;

    const data::Table& applications_;
    int bins_;
    mutable std::mutex edgesMutex_;
    mutable std::map<std::pair<std::string, int>, std::vector<double>> edgesCache_;
};

} // namespace credit::population
