#pragma once

#include "features/FeatureFamilySelection.h"
#include "model/RoundSelection.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace credit::training {

// The run report's section on what the run trained with: the feature families switched off, the
// round selection and, when the parameters file came from `credit-scoring select`, its evidence
// (protocol, rules and the table of paired AUC differences). `evidence` is the file's
// "selection" object as read (null when absent); fields it lacks are left out, never invented.
std::string renderSelectionSection(const features::FeatureFamilySelection& families,
                                   model::RoundSelection roundSelection,
                                   const nlohmann::json& evidence);

} // namespace credit::training
