#pragma once

#include "explain/Explanation.h"
#include "features/ClientRecord.h"
#include "service/RemoteScorer.h"
#include "service/ScoringMode.h"
#include "service/ScoringStatus.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>

namespace credit::explain {
class ExplanationEngine;
}
namespace credit::drift {
class PredictionLogWriter;
}

namespace credit::service {

struct ScoringServiceConfig {
    ScoringMode mode = ScoringMode::Automatic;
    RemoteSettings remote;
    QString predictionLog; // JSON-lines file appended with every score; empty: no log
};

// The desktop app's one way to score a client: local-first (an ExplanationEngine on a worker
// thread when a bundle is loaded) with the scoring API as fallback, both giving the same
// explain::Explanation because the server runs the same engine. Results arrive by signal with the
// ticket score() returned, so the UI can drop answers for a client it has already left.
class ScoringService : public QObject {
    Q_OBJECT
public:
    explicit ScoringService(ScoringServiceConfig config = {}, QObject* parent = nullptr);
    ~ScoringService() override;

    // Loads a bundle. Returns nothing on success, otherwise the reason in both languages (the
    // service then has no local model and the status says what to do).
    std::optional<LocalizedText> openBundle(const std::filesystem::path& bundle);
    void setEngine(std::shared_ptr<const explain::ExplanationEngine> engine);
    std::shared_ptr<const explain::ExplanationEngine> engine() const { return m_engine; }

    void setConfig(ScoringServiceConfig config);
    const ScoringServiceConfig& config() const { return m_config; }

    // True when scores are computed here (so the client list can be batch-scored locally).
    bool scoresLocally() const;
    const ScoringStatus& status() const { return m_status; }

    // Scores asynchronously; emits scored or failed with the returned ticket.
    quint64 score(const features::ClientRecord& record);
    // The same, sharing the record with the worker thread instead of copying its tables (the
    // copy, and freeing it, cost ~4 % of an advisor's selection on the GUI thread).
    quint64 score(std::shared_ptr<const features::ClientRecord> record);

signals:
    void scored(quint64 ticket, long long clientId,
                const credit::explain::Explanation& explanation);
    void failed(quint64 ticket, long long clientId, const credit::LocalizedText& message);
    void statusChanged(const credit::service::ScoringStatus& status);

private:
    void scoreLocally(quint64 ticket, long long clientId,
                      std::shared_ptr<const features::ClientRecord> record);
    void scoreRemotely(quint64 ticket, long long clientId, const features::ClientRecord& record);
    void onRemoteFinished(quint64 ticket, const explain::Explanation& explanation);
    void onRemoteFailed(quint64 ticket, RemoteFailure kind, const LocalizedText& problem);
    void openPredictionLog();
    void logPrediction(const explain::Explanation& explanation, const std::string& inputHash,
                       double latencyMs);
    void setStatus(ScoringStatus status);
    ScoringStatus restingStatus() const;

    struct PendingRemote {
        long long clientId = 0;
        std::string inputHash;
        qint64 startedMs = 0;
    };

    ScoringServiceConfig m_config;
    std::shared_ptr<const explain::ExplanationEngine> m_engine;
    std::optional<LocalizedText> m_bundleProblem;
    std::shared_ptr<drift::PredictionLogWriter> m_log;
    RemoteScorer* m_remote = nullptr;
    std::map<quint64, PendingRemote> m_pendingRemote;
    quint64 m_nextTicket = 1;
    ScoringStatus m_status;
};

} // namespace credit::service
