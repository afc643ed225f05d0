#include "drift/PredictionRecord.h"

#include <cstdint>
#include <cstdio>
#include <stdexcept>

namespace credit::drift {

using nlohmann::json;

json PredictionRecord::toJson(bool withClientId, bool withInputs) const
{
    json out{{"time", timeUtc},         {"model_version", modelVersion},
             {"input_hash", inputHash}, {"probability", probability},
             {"decision", decision},    {"latency_ms", latencyMs}};
    if (withClientId && clientId)
        out["client_id"] = *clientId;
    if (withInputs && inputs)
        out["inputs"] = *inputs;
    return out;
}

PredictionRecord PredictionRecord::fromJson(const json& in)
{
    if (!in.is_object())
        throw std::invalid_argument("a prediction record must be a JSON object");
    const auto get = [&in](const char* key, auto fallbackForType) {
        using T = decltype(fallbackForType);
        if (!in.contains(key))
            throw std::invalid_argument(std::string("field \"") + key + "\" is missing");
        try {
            return in.at(key).get<T>();
        } catch (const json::exception&) {
            throw std::invalid_argument(std::string("field \"") + key + "\" has the wrong type");
        }
    };
    PredictionRecord record;
    record.timeUtc = get("time", std::string{});
    record.modelVersion = get("model_version", std::string{});
    record.inputHash = get("input_hash", std::string{});
    record.probability = get("probability", 0.0);
    record.decision = get("decision", std::string{});
    record.latencyMs = get("latency_ms", 0.0);
    if (in.contains("client_id"))
        record.clientId = get("client_id", std::string{});
    if (in.contains("inputs"))
        record.inputs = in.at("inputs");
    return record;
}

std::string fnv1a64Hex(std::string_view bytes)
{
    std::uint64_t hash = 14695981039346656037ULL; // FNV-1a 64 offset basis
    for (const char byte : bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 1099511628211ULL; // FNV-1a 64 prime
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::string hashInputs(const json& inputs)
{
    return fnv1a64Hex(inputs.dump());
}

} // namespace credit::drift
