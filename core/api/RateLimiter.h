#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace credit::api {

// A token bucket per API key: `requestsPerMinute` sustained, bursts up to the same number.
// Thread-safe; time is passed in so tests control it.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(int requestsPerMinute);

    bool enabled() const { return requestsPerMinute_ > 0; }
    // Takes one token for `keyId`; when none is left returns the seconds until the next one.
    struct Decision {
        bool allowed;
        int retryAfterSeconds;
    };
    Decision acquire(const QString& keyId, Clock::time_point now = Clock::now());

private:
    struct Bucket {
        double tokens;
        Clock::time_point updated;
    };
    int requestsPerMinute_;
    std::mutex mutex_;
    QHash<QString, Bucket> buckets_;
};

} // namespace credit::api
