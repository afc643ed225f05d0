#pragma once

#include "explain/FeatureLabels.h"
#include "features/FeatureSpec.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace credit::explain {

// Which engineered features add up to which business variable, from the spec's labelKey (see
// features/FeatureSpec.h): all one-hot levels of NAME_INCOME_TYPE become "Type de revenu", the
// bureau aggregates about active credits become "Crédits en cours ailleurs", and so on.
class ContributionGrouping {
public:
    struct Group {
        std::string key;
        const GroupLabel* label = nullptr; // nullptr only if the catalogue lacks the key
        std::vector<std::size_t> features; // indices into the spec's feature order
        // The feature whose value stands for the group (same name as the key, else the key's
        // *_MEAN feature, else the group's only feature), if any: used for the client's value and
        // percentile.
        std::optional<std::size_t> representative;
    };

    explicit ContributionGrouping(const features::FeatureSpec& spec);

    const std::vector<Group>& groups() const { return groups_; }
    // Sums per-feature values (SHAP contributions, or mean |SHAP|) into per-group values.
    std::vector<double> sum(std::span<const float> perFeature) const;
    std::vector<double> sum(std::span<const double> perFeature) const;
    // Label keys of the spec that have no label in the catalogue (a test keeps this empty).
    std::vector<std::string> unlabelledKeys() const;

private:
    std::vector<Group> groups_;
    std::vector<std::size_t> groupOfFeature_;
};

} // namespace credit::explain
