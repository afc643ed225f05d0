#pragma once

#include "document/ScenarioScoring.h"

#include <QObject>

#include <functional>
#include <map>

namespace credit::service {
class ScoringService;
}

namespace credit::ui {

// The scenario editor's scoring when the app has no local model: each edited record goes through
// the app's ScoringService (so to the scoring API, with its retries and offline status) and the
// answer comes back by the service's ticket. The record is validated by core first, so a refused
// value is named at once without a round trip. The editor debounces typing and drops answers for
// a scenario it has changed since; this object only routes answers to their callers.
class ServiceScenarioScoring : public QObject {
    Q_OBJECT
public:
    explicit ServiceScenarioScoring(service::ScoringService& service, QObject* parent = nullptr);

    // Scoring whose `scoreLater` goes through the service and whose suggestions come from the
    // scoring API's counterfactual route (blocking, on the editor's worker). The original of each
    // selected client is not sent again: the controller passes its own answer to the editor
    // (originalScoredByCaller). The functions stay safe to call after this object is gone (they
    // answer with an error).
    ScenarioScoring scoring();

    std::size_t waitingAnswers() const { return m_waiting.size(); }

private:
    void send(const nlohmann::json& record, std::function<void(ScenarioScore)> done);

    service::ScoringService& m_service;
    std::map<quint64, std::function<void(ScenarioScore)>> m_waiting; // by service ticket
};

} // namespace credit::ui
