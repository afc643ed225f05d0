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
    // A catalogue that only counts: binding blocks to a new dataset (one client after another)
    // needs their output indices, not the names again, and names are most of the binding cost.
    enum class Mode { Describe, CountOnly };
    explicit FeatureCatalogue(Mode mode = Mode::Describe) : mode_(mode) {}

    // Adds a feature and returns its index. The name is made safe for CSV headers and model
    // files (anything but letters, digits and '_' becomes '_', as Kaggle kernels do for
    // LightGBM) and unique (a clash gets a numeric suffix).
    std::size_t add(FeatureDefinition definition);
    // Same as add(make()), but `make` runs only when describing: binding blocks to one client
    // (CountOnly) then builds no names, which were most of a single-client transform's cost.
    template <typename MakeDefinition> std::size_t declare(MakeDefinition&& make)
    {
        return mode_ == Mode::CountOnly ? count_++ : add(make());
    }

    const std::vector<FeatureDefinition>& definitions() const { return definitions_; }
    std::size_t size() const { return count_; }

    static std::string safeName(std::string_view name);

private:
    Mode mode_;
    std::size_t count_ = 0;
    std::vector<FeatureDefinition> definitions_;
    std::unordered_set<std::string> names_;
};

} // namespace credit::features
