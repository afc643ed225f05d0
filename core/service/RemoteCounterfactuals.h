#pragma once

#include "explain/Counterfactual.h"
#include "service/RemoteScorer.h"

#include <QByteArray>

namespace credit::service {

// Asks the scoring API for a client's counterfactual suggestions (POST /v1/counterfactual) and
// waits for the answer, so that the desktop app without a local model offers the same
// suggestions as with one (the server runs the same core search). It blocks: call it from a
// worker thread (the scenario editor's search runs on one), never from the GUI thread. One
// attempt within the settings' timeout; throws LocalizedError saying what failed, in French
// and English.
explain::CounterfactualResult fetchCounterfactuals(const RemoteSettings& settings,
                                                   const QByteArray& clientJson);

} // namespace credit::service
