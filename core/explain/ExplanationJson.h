#pragma once

#include "explain/Counterfactual.h"
#include "explain/Explanation.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace credit::common {
class JsonWriter;
}

namespace credit::explain {

// The JSON form the scoring API returns and the desktop app reads back when it scores through
// the server. Texts are in `language` ("fr" or "en"); reading fills both languages with them.
nlohmann::json toJson(const Explanation& explanation, const std::string& language,
                      ContributionDetail detail = ContributionDetail::GroupsWithFeatures);
// The same fields as toJson, written into an object `writer` has open: the API's hot path adds
// its own fields (client_id) and closes the object, without building a DOM.
void writeExplanationFields(common::JsonWriter& writer, const Explanation& explanation,
                            const std::string& language, ContributionDetail detail);
Explanation
explanationFromJson(const nlohmann::json& body); // throws std::runtime_error naming the field

nlohmann::json toJson(const CounterfactualResult& result, const std::string& language);
CounterfactualResult counterfactualsFromJson(const nlohmann::json& body);

std::string toString(Decision decision); // "grant" / "refuse"
std::string toString(Band band);         // "clear_refusal", ...

} // namespace credit::explain
