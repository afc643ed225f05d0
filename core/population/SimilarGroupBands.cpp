#include "population/SimilarGroupBands.h"

namespace credit::population {

const std::vector<Band>& ageBands()
{
    static const std::vector<Band> bands{{"18-30", 18, 30},
                                         {"30-40", 30, 40},
                                         {"40-50", 40, 50},
                                         {"50-60", 50, 60},
                                         {"60-80", 60, 80}};
    return bands;
}

const std::vector<Band>& incomeBands()
{
    static const std::vector<Band> bands{{"0-100000", 0, 100000},
                                         {"100000-200000", 100000, 200000},
                                         {"200000-300000", 200000, 300000},
                                         {"300000-1e12", 300000, 1e12}};
    return bands;
}

std::optional<Band> findBand(const std::vector<Band>& bands, std::string_view key)
{
    for (const auto& band : bands)
        if (band.key == key)
            return band;
    return std::nullopt;
}

GroupFilter::Range toRange(const Band& band)
{
    return GroupFilter::Range{band.minimum, band.maximum};
}

std::optional<std::string> bandKeyOf(const std::vector<Band>& bands,
                                     const GroupFilter::Range& range)
{
    for (const auto& band : bands)
        if (band.minimum == range.minimum && band.maximum == range.maximum)
            return band.key;
    return std::nullopt;
}

} // namespace credit::population
