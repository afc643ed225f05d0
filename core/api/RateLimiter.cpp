#include "api/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace credit::api {

RateLimiter::RateLimiter(int requestsPerMinute) : requestsPerMinute_(requestsPerMinute) {}

RateLimiter::Decision RateLimiter::acquire(const QString& keyId, Clock::time_point now)
{
    if (!enabled())
        return {true, 0};
    const double capacity = requestsPerMinute_;
    const double perSecond = capacity / 60.0;
    std::lock_guard lock(mutex_);
    auto bucket = buckets_.find(keyId);
    if (bucket == buckets_.end())
        bucket = buckets_.insert(keyId, Bucket{capacity, now});
    const double elapsed = std::chrono::duration<double>(now - bucket->updated).count();
    bucket->tokens = std::min(capacity, bucket->tokens + std::max(0.0, elapsed) * perSecond);
    bucket->updated = now;
    if (bucket->tokens >= 1.0) {
        bucket->tokens -= 1.0;
        return {true, 0};
    }
    return {false, static_cast<int>(std::ceil((1.0 - bucket->tokens) / perSecond))};
}

} // namespace credit::api
