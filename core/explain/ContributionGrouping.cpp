#include "explain/ContributionGrouping.h"

#include <map>

namespace credit::explain {

ContributionGrouping::ContributionGrouping(const features::FeatureSpec& spec)
{
    std::map<std::string, std::size_t> groupIndex;
    groupOfFeature_.resize(spec.features.size());
    for (std::size_t i = 0; i < spec.features.size(); ++i) {
        const auto& feature = spec.features[i];
        const auto& key = feature.labelKey.empty() ? feature.name : feature.labelKey;
        auto [found, inserted] = groupIndex.emplace(key, groups_.size());
        if (inserted)
            groups_.push_back({key, findGroupLabel(key), {}, std::nullopt});
        auto& group = groups_[found->second];
        group.features.push_back(i);
        if (feature.name == key)
            group.representative = i;
        groupOfFeature_[i] = found->second;
    }
}

std::vector<double> ContributionGrouping::sum(std::span<const float> perFeature) const
{
    std::vector<double> totals(groups_.size(), 0.0);
    for (std::size_t i = 0; i < groupOfFeature_.size() && i < perFeature.size(); ++i)
        totals[groupOfFeature_[i]] += static_cast<double>(perFeature[i]);
    return totals;
}

std::vector<double> ContributionGrouping::sum(std::span<const double> perFeature) const
{
    std::vector<double> totals(groups_.size(), 0.0);
    for (std::size_t i = 0; i < groupOfFeature_.size() && i < perFeature.size(); ++i)
        totals[groupOfFeature_[i]] += perFeature[i];
    return totals;
}

std::vector<std::string> ContributionGrouping::unlabelledKeys() const
{
    std::vector<std::string> keys;
    for (const auto& group : groups_)
        if (!group.label)
            keys.push_back(group.key);
    return keys;
}

} // namespace credit::explain
