#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace credit::drift {

// One scored request as written to the prediction log (one JSON object per line).
// By default the log holds no personal data: the inputs are identified by a hash only. The
// client identifier and the raw inputs are written only when the writer is configured to.
struct PredictionRecord {
    std::string timeUtc; // ISO 8601 UTC; the writer fills it when empty
    std::string modelVersion;
    std::string inputHash;    // fnv1a64Hex of the canonical inputs (see hashInputs)
    double probability = 0.0; // predicted probability of default
    std::string decision;     // e.g. "accord" / "refus"
    double latencyMs = 0.0;
    std::optional<std::string> clientId;  // written only with includeClientId
    std::optional<nlohmann::json> inputs; // written only with includeRawInputs

    // The JSON line; the optional fields appear only when asked for and present.
    nlohmann::json toJson(bool withClientId, bool withInputs) const;
    // Throws std::invalid_argument naming the missing or mistyped field.
    static PredictionRecord fromJson(const nlohmann::json& json);
};

// FNV-1a 64-bit hash as 16 lower-case hex digits. Not cryptographic: it identifies identical
// inputs across log lines (to spot repeated requests) without storing them.
std::string fnv1a64Hex(std::string_view bytes);

// Hash of the inputs' canonical JSON text (nlohmann sorts object keys, so the same inputs give the
// same hash whatever order they were filled in).
std::string hashInputs(const nlohmann::json& inputs);

} // namespace credit::drift
