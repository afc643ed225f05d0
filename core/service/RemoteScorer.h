#pragma once

#include "common/LocalizedText.h"
#include "explain/Explanation.h"
#include "service/ApiExchange.h"

#include <QByteArray>
#include <QObject>

// Explanations travel in signals (and QSignalSpy in tests): register the type once, here, before
// any signal uses it (LocalizedText is registered in ApiExchange.h).
Q_DECLARE_METATYPE(credit::explain::Explanation)

namespace credit::service {

// POST /v1/score against the scoring API with retries and exponential backoff (ApiExchange).
// Transient failures (connection refused, timeout, 5xx, 429) are retried; answers that would not
// change on retry (401, 4xx, malformed body) fail at once.
class RemoteScorer : public QObject {
    Q_OBJECT
public:
    explicit RemoteScorer(QObject* parent = nullptr);
    ~RemoteScorer() override;

    void setSettings(RemoteSettings settings) { m_exchange->setSettings(std::move(settings)); }
    const RemoteSettings& settings() const { return m_exchange->settings(); }

    // `clientJson` is the body (data::clientRecordToJson). Emits finished or failed with `ticket`.
    void score(quint64 ticket, QByteArray clientJson);

signals:
    void finished(quint64 ticket, const credit::explain::Explanation& explanation);
    void failed(quint64 ticket, credit::service::RemoteFailure kind,
                const credit::LocalizedText& problem);

private:
    ApiExchange* m_exchange = nullptr;
};

} // namespace credit::service
