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
    // A group named after no feature of its own (the combined external scores "EXT_SOURCES" are
    // EXT_SOURCES_MEAN, _MIN, _MAX, ...) is represented by its mean, or by its only member, so
    // the advisor sees a value and a percentile rather than "not provided".
    for (auto& group : groups_) {
        if (group.representative)
            continue;
        for (const auto index : group.features)
            if (spec.features[index].name == group.key + "_MEAN")
                group.representative = index;
        if (!group.representative && group.features.size() == 1)
            group.representative = group.features.front();
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
