#pragma once

#include <chrono>
#include <string>

namespace credit::common {

// "2026-11-22T11:40:00Z": UTC, ISO 8601, second precision; for manifests and run records.
std::string toIso8601Utc(std::chrono::system_clock::time_point time);
std::string nowIso8601Utc();

} // namespace credit::common
