#pragma once

#include "fairness/FairnessReport.h"

#include <nlohmann/json_fwd.hpp>

namespace credit::fairness {

// The report as JSON: what the bundle keeps under metrics.fairness, GET /v1/model returns, the
// app's "Modèle" page reads and `credit-scoring fairness --json` writes. An estimate is
// {"value": v, "ci95": [low, high]} (no "ci95" when the resamples could not give one) or
// {"value": null, "not_computable": "why"}: never NaN.
nlohmann::json toJson(const FairnessReport& report);
// Throws std::runtime_error naming the field when `json` is not a fairness report.
FairnessReport reportFromJson(const nlohmann::json& json);

} // namespace credit::fairness
