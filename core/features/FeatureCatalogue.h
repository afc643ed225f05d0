#pragma once

#include "features/FeatureSpec.h"

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

namespace credit::features {

// Every feature the pipeline knows how to compute for a given vocabulary (category levels and
// application columns), in the fixed order the feature blocks declare them. Fit keeps the ones
// whose sources exist in the data; transform looks the spec's features up here by name.
class FeatureCatalogue {
public:
    // Adds a feature and returns its index. The name is made safe for CSV headers and model
    // files (anything but letters, digits and '_' becomes '_', as Kaggle kernels do for
    // LightGBM) and unique (a clash gets a numeric suffix).
    std::size_t add(FeatureDefinition definition);

    const std::vector<FeatureDefinition>& definitions() const { return definitions_; }
    std::size_t size() const { return definitions_.size(); }

    static std::string safeName(std::string_view name);

private:
    std::vector<FeatureDefinition> definitions_;
    std::unordered_set<std::string> names_;
};

} // namespace credit::features
