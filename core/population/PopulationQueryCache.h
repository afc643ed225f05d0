#pragma once

#include "population/Population.h"

#include <optional>
#include <string>
#include <vector>

namespace credit::population {

// Remembers the last group, distribution and density grid asked of a Population, so asking the
// same again returns them without a pass over the portfolio. Why: the comparison view asks them
// again for every client the advisor selects, though none depends on the client (only the
// client's percentile and mark do): 34 ms of the 43 ms a switch to the Comparison tab took on
// 276,707 clients (docs/performance.md, "One frame per client", step 5).
//
// The references returned stay valid until the next call that asks for something else.
class PopulationQueryCache {
public:
    // `population` must outlive the cache (as the Population's table must outlive it).
    explicit PopulationQueryCache(const Population& population) : population_(population) {}

    const std::vector<std::size_t>& select(const GroupFilter& filter);
    const Distribution& distribution(const ComparisonVariable& variable, const GroupFilter& filter);
    const ScatterGrid& scatter(const ComparisonVariable& x, const ComparisonVariable& y,
                               const GroupFilter& filter, int bins);

private:
    template <typename Value> struct Remembered {
        std::string key; // the variable(s) and bins it was computed for
        GroupFilter filter;
        Value value;
    };

    const Population& population_;
    std::optional<GroupFilter> rowsFilter_;
    std::vector<std::size_t> rows_;
    std::optional<Remembered<Distribution>> distribution_;
    std::optional<Remembered<ScatterGrid>> scatter_;
};

} // namespace credit::population
