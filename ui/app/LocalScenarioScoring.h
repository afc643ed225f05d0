#pragma once

#include "document/ScenarioScoring.h"

#include <memory>

namespace credit::explain {
class ExplanationEngine;
}

namespace credit::ui {

// The scenario editor's scoring backed by a local model: the JSON client record is validated
// and converted by core (data::clientRecordFromJson), then scored and explained by the same
// ExplanationEngine the rest of the app uses, so an edited file scores exactly as core scores it.
ScenarioScoring localScenarioScoring(std::shared_ptr<const explain::ExplanationEngine> engine);

} // namespace credit::ui
