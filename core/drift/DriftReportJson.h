#pragma once

#include "drift/DriftReport.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace credit::drift {

// The report's results as JSON (the same content as the HTML report, for scripts and
// dashboards). Field names are English snake_case; NaN values (unavailable comparisons) are null.
nlohmann::json toJson(const DriftReport& report);
// Throws data::DataError naming the file when it cannot be written.
void writeJson(const DriftReport& report, const std::filesystem::path& file);

} // namespace credit::drift
