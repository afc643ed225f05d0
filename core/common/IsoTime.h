#pragma once

#include <chrono>
#include <string>

namespace credit::common {

// "2026-11-22T11:40:00Z": UTC, ISO 8601, second precision; for manifests and run records.
std::string toIso8601Utc(std::chrono::system_clock::time_point time);
std::string nowIso8601Utc();

// "2026-11-22T11:29:02.123Z": millisecond precision, for logs where several events share a second.
std::string
toIso8601UtcMillis(std::chrono::system_clock::time_point time = std::chrono::system_clock::now());

} // namespace credit::common
