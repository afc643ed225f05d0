#pragma once

#include "common/LocalizedText.h"
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
    // Why there is no explanation (invalid record, scorer unavailable), in both languages.
    LocalizedText error;
};

// The editor never scores by itself: the controller passes these, backed by the local
// ExplanationEngine or the app's scoring service, so the UI holds no model logic.
struct ScenarioScoring {
    // A local model answers at once (a few milliseconds), so the score follows the typing.
    std::function<ScenarioScore(const nlohmann::json& record)> score;
    // Without a local model the scoring API answers later: `done` is called on the GUI thread,
    // once, and the editor ignores answers for a scenario it has changed since. Used only when
    // `score` is empty.
    std::function<void(const nlohmann::json& record, std::function<void(ScenarioScore)> done)>
        scoreLater;
    // Optional. Runs on a worker thread (the search scores ~130 variants of the record, too slow
    // for the GUI thread), so it must be thread-safe and hold what it needs by value.
    std::function<explain::CounterfactualResult(const nlohmann::json& record)> suggest;
    // With `scoreLater`: the caller scores each original record given to setOriginal itself (the
    // app scores every selected client anyway) and hands the answer over with setOriginalScore,
    // so the API is asked once per client, not twice.
    bool originalScoredByCaller = false;

    bool available() const { return score || scoreLater; }
};

} // namespace credit::ui
