#pragma once

#include "population/GroupFilter.h"
#include "population/Population.h"

#include <QUrlQuery>

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

namespace credit::api {

// Aggregates over the client population with small-cell suppression: any count from 1 to
// min_cell_count - 1 is reported as {"suppressed": true}, never as a number, and when one of a
// bin's two outcome counts is suppressed the other is too (otherwise all - shown = hidden). A
// group smaller than min_cell_count gets no bins at all. docs/api.md states the threat model.

// Reads the similar-group filters of a query (gender, age_band, income_band, contract_type,
// education, family_status, housing): fixed bands only. Returns an error sentence when a
// parameter is unknown or a band does not exist.
std::optional<std::string> groupFilterFromQuery(const QUrlQuery& query,
                                                population::GroupFilter& filter);

nlohmann::json distributionAnswer(const population::Distribution& distribution,
                                  const population::GroupFilter& filter, int minCellCount);
nlohmann::json densityAnswer(const population::ScatterGrid& grid, const std::string& x,
                             const std::string& y, std::size_t groupSize, int minCellCount);

} // namespace credit::api
