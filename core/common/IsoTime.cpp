#include "common/IsoTime.h"

#include <ctime>

namespace credit::common {

std::string toIso8601Utc(std::chrono::system_clock::time_point time)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(text, length);
}

std::string nowIso8601Utc()
{
    return toIso8601Utc(std::chrono::system_clock::now());
}

} // namespace credit::common
