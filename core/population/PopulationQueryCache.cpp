#include "population/PopulationQueryCache.h"

namespace credit::population {

const std::vector<std::size_t>& PopulationQueryCache::select(const GroupFilter& filter)
{
    if (!rowsFilter_ || !(*rowsFilter_ == filter)) {
        rows_ = population_.select(filter);
        rowsFilter_ = filter;
    }
    return rows_;
}

const Distribution& PopulationQueryCache::distribution(const ComparisonVariable& variable,
                                                       const GroupFilter& filter)
{
    if (!distribution_ || distribution_->key != variable.key || !(distribution_->filter == filter))
        distribution_ = Remembered<Distribution>{
            variable.key, filter, population_.distribution(variable, select(filter))};
    return distribution_->value;
}

const ScatterGrid& PopulationQueryCache::scatter(const ComparisonVariable& x,
                                                 const ComparisonVariable& y,
                                                 const GroupFilter& filter, int bins)
{
    // Variable keys hold no '\n', so the joined key names one (x, y, bins) only.
    const std::string key = x.key + '\n' + y.key + '\n' + std::to_string(bins);
    if (!scatter_ || scatter_->key != key || !(scatter_->filter == filter))
        scatter_ =
            Remembered<ScatterGrid>{key, filter, population_.scatter(x, y, select(filter), bins)};
    return scatter_->value;
}

} // namespace credit::population
