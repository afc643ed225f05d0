#pragma once

#include "population/GroupFilter.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credit::population {

// The fixed bands an advisor picks a similar group from (the app's comparison view and the
// server's population endpoints use the same ones). Fixed bands, not free ranges: a caller
// cannot narrow a group down to one client by choosing the edges.
struct Band {
    std::string key; // "30-40"
    double minimum;  // inclusive
    double maximum;  // exclusive
};

const std::vector<Band>& ageBands();    // years
const std::vector<Band>& incomeBands(); // AMT_INCOME_TOTAL
std::optional<Band> findBand(const std::vector<Band>& bands, std::string_view key);
GroupFilter::Range toRange(const Band& band);
// The key of the band whose bounds are `range`; nullopt for a range that is not a band.
std::optional<std::string> bandKeyOf(const std::vector<Band>& bands,
                                     const GroupFilter::Range& range);

} // namespace credit::population
