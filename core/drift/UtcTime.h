#pragma once

#include <chrono>
#include <string>

namespace credit::drift {

// ISO 8601 UTC with milliseconds, e.g. "2026-11-22T11:29:02.123Z".
std::string
utcIsoTimestamp(std::chrono::system_clock::time_point time = std::chrono::system_clock::now());

} // namespace credit::drift
