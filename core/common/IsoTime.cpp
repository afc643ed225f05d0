#include "common/IsoTime.h"

#include <cstdio>
#include <ctime>

namespace credit::common {

namespace {

// gmtime_r, not gmtime: the plain form shares one static buffer between threads.
std::tm utcCalendar(std::chrono::system_clock::time_point time)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    return utc;
}

} // namespace

std::string toIso8601Utc(std::chrono::system_clock::time_point time)
{
    const auto utc = utcCalendar(time);
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(text, length);
}

std::string nowIso8601Utc()
{
    return toIso8601Utc(std::chrono::system_clock::now());
}

std::string toIso8601UtcMillis(std::chrono::system_clock::time_point time)
{
    const auto seconds = std::chrono::time_point_cast<std::chrono::seconds>(time);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(time - seconds).count();
    const auto utc = utcCalendar(seconds);
    char text[64]; // generous: the compiler cannot bound tm fields
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(millis));
    return text;
}

} // namespace credit::common
