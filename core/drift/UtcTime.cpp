#include "drift/UtcTime.h"

#include <cstdio>
#include <ctime>

namespace credit::drift {

std::string utcIsoTimestamp(std::chrono::system_clock::time_point time)
{
    const auto seconds = std::chrono::time_point_cast<std::chrono::seconds>(time);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(time - seconds).count();
    const std::time_t asTimeT = std::chrono::system_clock::to_time_t(seconds);
    std::tm utc{};
    // The thread-safe forms: plain gmtime shares one static buffer between threads.
#ifdef _WIN32
    gmtime_s(&utc, &asTimeT);
#else
    gmtime_r(&asTimeT, &utc);
#endif
    char buffer[64]; // generous: the compiler cannot bound tm fields
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(millis));
    return buffer;
}

} // namespace credit::drift
