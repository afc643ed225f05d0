#pragma once

#include "explain/Counterfactual.h"
#include "explain/Explanation.h"

#include <QString>

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace credit::ui {

// What the controller answers for a client record (the JSON client record of
// core/data/ClientRecordJson.h): the explanation, or why it could not score it.
struct ScenarioScore {
    std::optional<explain::Explanation> explanation;
    QString error; // set when there is no explanation (invalid record, scorer unavailable)
};

// The editor never scores by itself: the controller passes these, backed by the local
// ExplanationEngine or the app's scoring service, so the UI holds no model logic.
struct ScenarioScoring {
    std::function<ScenarioScore(const nlohmann::json& record)> score;
    std::function<explain::CounterfactualResult(const nlohmann::json& record)> suggest; // optional
};

} // namespace credit::ui
