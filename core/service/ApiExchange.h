#pragma once

#include "common/LocalizedText.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <nlohmann/json.hpp>
#include <variant>

// Worded problems travel in signals (and QSignalSpy in tests): registered once, here, before any
// signal of the service layer uses the type.
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
// headers and per-attempt timeout; `query` items are added to ?lang=.
QNetworkRequest apiRequest(const RemoteSettings& settings, const QString& route,
                           const QUrlQuery& query = {});

// Why a call failed, so callers can tell "server unreachable" (go offline, keep the work for
// later) from "server refused this" (the server works; the request has a problem).
enum class RemoteFailure { Unreachable, Unauthorized, Rejected, BadAnswer };

// A 2xx answer: its status and JSON body (null for an empty body).
struct ApiAnswer {
    int status = 0;
    nlohmann::json body;
    bool replayed = false; // "Idempotent-Replayed: true": the server had already done it
};

// A failed call, worded for the advisor in both languages (never a bare Qt error string).
struct ApiProblem {
    RemoteFailure kind = RemoteFailure::Unreachable;
    int status = 0; // 0 when no answer came
    LocalizedText text;
};

using ApiOutcome = std::variant<ApiAnswer, ApiProblem>;

// What a read of the server gave: the value, or the problem worded for the advisor.
template <typename T> using Fetched = std::variant<T, ApiProblem>;

// One call of the API.
struct ApiCall {
    QByteArray method = "GET"; // GET or POST
    QString route;             // "/v1/clients"
    QUrlQuery query;
    QByteArray body;           // POST only
    QByteArray idempotencyKey; // sent as Idempotency-Key when not empty
    // Whether a transient failure (no answer, 5xx, 429) is retried. A POST that creates
    // something is safe to retry only with an idempotency key: the caller decides.
    bool retryTransient = true;
};

// The app's one way to talk to the scoring server: builds the request from the settings, retries
// transient failures with exponential backoff, parses the JSON answer and words every failure.
// Shared by the scorer, the records client and the outbox so that they all fail alike.
class ApiExchange : public QObject {
    Q_OBJECT
public:
    explicit ApiExchange(QObject* parent = nullptr);
    ~ApiExchange() override;

    void setSettings(RemoteSettings settings) { m_settings = std::move(settings); }
    const RemoteSettings& settings() const { return m_settings; }

    // Sends `call`; `done` runs once, on this object's thread, unless `context` is destroyed
    // first (then the answer is dropped).
    void send(ApiCall call, const QObject* context, std::function<void(const ApiOutcome&)> done);

private:
    void attempt(ApiCall call, const QObject* context, std::function<void(const ApiOutcome&)> done,
                 int attemptIndex);

    RemoteSettings m_settings;
    QNetworkAccessManager* m_network = nullptr;
};

} // namespace credit::service
