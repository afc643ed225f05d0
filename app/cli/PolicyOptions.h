#pragma once

#include "CommandLine.h"
#include "features/FeaturePolicy.h"

#include <string>
#include <vector>

namespace credit::cli {

// The value options every command that fits a spec takes for the feature policy.
inline const std::vector<std::string> kPolicyOptions{"exclude-attribute", "allow-attribute"};

// The default policy with --exclude-attribute / --allow-attribute COLUMN[,COLUMN...] applied.
// Throws UsageError for --allow-attribute of a column the policy does not exclude.
features::FeaturePolicy policyFromOptions(const CommandLine& line);

// "A, B, C": the policy's excluded columns for messages ("none" when empty).
std::string excludedColumnsText(const features::FeaturePolicy& policy);

} // namespace credit::cli
