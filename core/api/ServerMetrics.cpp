#include "api/ServerMetrics.h"

namespace credit::api {

namespace {

// Label values are escaped as the exposition format requires.
QString escapeLabel(QString value)
{
    return value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

} // namespace

void ServerMetrics::setModel(const QString& version, const QString& checksum)
{
    std::lock_guard lock(mutex_);
    modelVersion_ = version;
    modelChecksum_ = checksum;
}

void ServerMetrics::recordRequest(const QString& method, const QString& route, int status,
                                  double seconds)
{
    std::lock_guard lock(mutex_);
    ++requests_[method + QLatin1Char('|') + route + QLatin1Char('|') + QString::number(status)];
    if (status >= 400)
        ++errors_[status];
    auto& histogram = latency_[route];
    for (std::size_t i = 0; i < kLatencyBucketsSeconds.size(); ++i)
        if (seconds <= kLatencyBucketsSeconds[i])
            ++histogram.buckets[i];
    ++histogram.count;
    histogram.sum += seconds;
}

void ServerMetrics::recordDecision(bool refused)
{
    std::lock_guard lock(mutex_);
    ++(refused ? refused_ : granted_);
}

QByteArray ServerMetrics::prometheusText() const
{
    std::lock_guard lock(mutex_);
    QString out;
    out += QStringLiteral(
        "# HELP credit_http_requests_total HTTP requests by method, route and status.\n"
        "# TYPE credit_http_requests_total counter\n");
    for (auto it = requests_.cbegin(); it != requests_.cend(); ++it) {
        const auto parts = it.key().split(QLatin1Char('|'));
        out += QStringLiteral(
                   "credit_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"} %4\n")
                   .arg(escapeLabel(parts[0]), escapeLabel(parts[1]), parts[2])
                   .arg(it.value());
    }
    out += QStringLiteral("# HELP credit_http_errors_total HTTP responses with an error status.\n"
                          "# TYPE credit_http_errors_total counter\n");
    for (auto it = errors_.cbegin(); it != errors_.cend(); ++it)
        out += QStringLiteral("credit_http_errors_total{status=\"%1\"} %2\n")
                   .arg(it.key())
                   .arg(it.value());
    out += QStringLiteral("# HELP credit_http_request_duration_seconds Request latency by route.\n"
                          "# TYPE credit_http_request_duration_seconds histogram\n");
    for (auto it = latency_.cbegin(); it != latency_.cend(); ++it) {
        const auto route = escapeLabel(it.key());
        for (std::size_t i = 0; i < kLatencyBucketsSeconds.size(); ++i)
            out += QStringLiteral(
                       "credit_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(route)
                       .arg(kLatencyBucketsSeconds[i])
                       .arg(it->buckets[i]);
        out += QStringLiteral(
                   "credit_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n")
                   .arg(route)
                   .arg(it->count);
        out += QStringLiteral("credit_http_request_duration_seconds_sum{route=\"%1\"} %2\n")
                   .arg(route)
                   .arg(it->sum, 0, 'g', 12);
        out += QStringLiteral("credit_http_request_duration_seconds_count{route=\"%1\"} %2\n")
                   .arg(route)
                   .arg(it->count);
    }
    out += QStringLiteral("# HELP credit_decisions_total Scores served, by model decision.\n"
                          "# TYPE credit_decisions_total counter\n"
                          "credit_decisions_total{decision=\"grant\"} %1\n"
                          "credit_decisions_total{decision=\"refuse\"} %2\n")
               .arg(granted_)
               .arg(refused_);
    out += QStringLiteral("# HELP credit_http_requests_in_flight Requests being served.\n"
                          "# TYPE credit_http_requests_in_flight gauge\n"
                          "credit_http_requests_in_flight %1\n")
               .arg(inFlight_.load());
    out += QStringLiteral("# HELP credit_model_info The loaded model bundle.\n"
                          "# TYPE credit_model_info gauge\n"
                          "credit_model_info{version=\"%1\",checksum=\"%2\"} 1\n")
               .arg(escapeLabel(modelVersion_), escapeLabel(modelChecksum_));
    return out.toUtf8();
}

} // namespace credit::api
