#pragma once

#include "features/FeatureFamily.h"
#include "features/FeatureSpec.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace credit::features {

// Which feature families a training run uses. Applied to the fitted spec after the feature
// policy, so a switched-off family's columns are never computed into the model's inputs and the
// bundle's spec lists exactly the columns scoring computes. Families only ever remove columns:
// the policy's exclusions (gender, family status, ...) hold whatever families are on.
struct FeatureFamilySelection {
    std::vector<FeatureFamily> disabled; // in allFeatureFamilies() order, no repeats

    // Every family on.
    static FeatureFamilySelection all() { return {}; }
    // The project's default: what `credit-scoring select` chose on the real 11,990-row sample
    // (docs/methodology.md, "Feature families and round selection").
    static FeatureFamilySelection defaults();

    bool enabled(FeatureFamily family) const;
    void disable(FeatureFamily family);
    void enable(FeatureFamily family);

    // "ext_source_stats, date_ratios", or "none": the families switched off, for messages.
    std::string disabledText() const;

    // Drops from `spec` every feature of a switched-off family (the vocabulary stays).
    void applyTo(FeatureSpec& spec) const;

    // {"application_raw": true, "ext_source_stats": false, ...}: every family, by name.
    nlohmann::json toJson() const;
    // An object of family name -> bool; a family not named stays on. Throws
    // std::invalid_argument naming an unknown family or a value that is not a boolean.
    static FeatureFamilySelection fromJson(const nlohmann::json& object);

    bool operator==(const FeatureFamilySelection&) const = default;
};

} // namespace credit::features
