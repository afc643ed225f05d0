#pragma once

#include "common/LocalizedText.h"
#include "explain/Explanation.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

// Explanations travel in signals (and QSignalSpy in tests): register the type once, here, before
// any signal uses it.
Q_DECLARE_METATYPE(credit::explain::Explanation)
Q_DECLARE_METATYPE(credit::LocalizedText)

class QNetworkAccessManager;
class QNetworkRequest;
class QNetworkReply;

namespace credit::service {

struct RemoteSettings {
    QUrl baseUrl;         // e.g. http://scoring.intranet:8080 (the API routes start with /v1)
    QString apiKey;       // sent as X-API-Key; never logged
    QString language;     // "fr" or "en", sent as ?lang=
    int timeoutMs = 5000; // per attempt
    int retries = 2;      // further attempts after the first, for transient failures only
    int backoffMs = 250;  // wait before the first retry, doubled for each next one
};

// A request to one of the API's routes ("/v1/score") with the settings' language, key, JSON
// headers and per-attempt timeout.
QNetworkRequest apiRequest(const RemoteSettings& settings, const QString& route);

// Why a remote score failed, so the service can tell "server unreachable" (go offline) from
// "server refused this client" (the server works; the client file has a problem).
enum class RemoteFailure { Unreachable, Unauthorized, Rejected, BadAnswer };

// POST /v1/score against the scoring API with retries and exponential backoff. Transient
// failures (connection refused, timeout, 5xx, 429) are retried; answers that would not change
// on retry (401, 4xx, malformed body) fail at once.
class RemoteScorer : public QObject {
    Q_OBJECT
public:
    explicit RemoteScorer(QObject* parent = nullptr);
    ~RemoteScorer() override;

    void setSettings(RemoteSettings settings) { m_settings = std::move(settings); }
    const RemoteSettings& settings() const { return m_settings; }

    // `clientJson` is the body (data::clientRecordToJson). Emits finished or failed with `ticket`.
    void score(quint64 ticket, QByteArray clientJson);

signals:
    void finished(quint64 ticket, const credit::explain::Explanation& explanation);
    void failed(quint64 ticket, credit::service::RemoteFailure kind,
                const credit::LocalizedText& problem);

private:
    void attempt(quint64 ticket, QByteArray body, int attemptIndex);
    void onReply(QNetworkReply* reply, quint64 ticket, const QByteArray& body, int attemptIndex);

    RemoteSettings m_settings;
    QNetworkAccessManager* m_network = nullptr;
};

} // namespace credit::service
