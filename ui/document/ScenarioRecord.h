#pragma once

#include <nlohmann/json.hpp>

namespace credit::ui {

// A client record (core/data/ClientRecordJson.h) with a scenario's edits applied: an edit sets
// the column, a null edit clears it (the field becomes unknown). The original is not changed.
nlohmann::json recordWithEdits(const nlohmann::json& original, const nlohmann::json& edits);

} // namespace credit::ui
