#pragma once

#include "common/LocalizedText.h"
#include "decision/ReviewQueueFilter.h"

#include <QObject>

namespace credit::service {
class RecordsClient;
}

namespace credit::ui {

class DecisionHistoryModel;

// The supervisors' review queue (GET /v1/decisions) as a presenter for ReviewQueueDialog:
// pages of decisions in chain order, newest first on screen, filtered to overrides or not and to
// a first day. An
// advisor's key gets the server's 403, said as "reserved to supervisors".
class ServerReviewQueue : public QObject {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit ServerReviewQueue(service::RecordsClient& client, QObject* parent = nullptr);

    DecisionHistoryModel* model() const { return m_model; }
    void load(const ReviewQueueFilter& filter); // the first page again
    void loadMore();
    bool moreAvailable() const { return !m_next.isEmpty(); }

signals:
    void statusChanged(const credit::LocalizedText& status);
    void moreAvailableChanged(bool more);

private:
    void request(bool first);

    service::RecordsClient& m_client;
    DecisionHistoryModel* m_model = nullptr;
    ReviewQueueFilter m_filter;
    QString m_next;
    quint64 m_generation = 0;
};

} // namespace credit::ui
