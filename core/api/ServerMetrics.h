#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>
#include <atomic>
#include <mutex>

namespace credit::api {

// Request counters and latency histograms exposed at GET /metrics in the Prometheus text
// exposition format (version 0.0.4). Thread-safe: handlers record from worker threads.
class ServerMetrics {
public:
    static constexpr std::array kLatencyBucketsSeconds{0.001, 0.0025, 0.005, 0.01, 0.025,
                                                       0.05,  0.1,    0.25,  0.5,  1.0};

    void setModel(const QString& version, const QString& checksum);
    void recordRequest(const QString& method, const QString& route, int status, double seconds);
    void recordDecision(bool refused);

    // Requests accepted and not yet answered; graceful shutdown waits for zero.
    void requestStarted() { ++inFlight_; }
    void requestFinished() { --inFlight_; }
    int inFlight() const { return inFlight_.load(); }

    QByteArray prometheusText() const;

private:
    struct Histogram {
        std::array<quint64, kLatencyBucketsSeconds.size()> buckets{};
        quint64 count = 0;
        double sum = 0.0;
    };
    mutable std::mutex mutex_;
    QMap<QString, quint64> requests_;  // "method|route|status"
    QMap<int, quint64> errors_;        // status >= 400
    QMap<QString, Histogram> latency_; // by route
    quint64 granted_ = 0;
    quint64 refused_ = 0;
    QString modelVersion_;
    QString modelChecksum_;
    std::atomic<int> inFlight_{0};
};

} // namespace credit::api
