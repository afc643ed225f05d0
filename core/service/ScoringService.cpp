#include "service/ScoringService.h"

#include "data/ClientRecordJson.h"
#include "drift/PredictionLogWriter.h"
#include "drift/PredictionRecord.h"
#include "explain/ExplanationEngine.h"
#include "service/ErrorText.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

namespace credit::service {

namespace {

std::string decisionWord(explain::Decision decision)
{
    return decision == explain::Decision::Refuse ? "refus" : "accord";
}

std::string inputHashOf(const features::ClientRecord& record)
{
    // Only the hash goes to the log: it spots repeated inputs without holding personal data.
    return drift::hashInputs(data::clientRecordToJson(record.data, 0));
}

struct LocalOutcome {
    explain::Explanation explanation;
    std::string inputHash;
    double latencyMs = 0.0;
    std::optional<LocalizedText> error;
};

} // namespace

ScoringService::ScoringService(ScoringServiceConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_remote(new RemoteScorer(this))
{
    qRegisterMetaType<explain::Explanation>();
    qRegisterMetaType<ScoringStatus>();
    qRegisterMetaType<LocalizedText>();
    m_remote->setSettings(m_config.remote);
    connect(m_remote, &RemoteScorer::finished, this, &ScoringService::onRemoteFinished);
    connect(m_remote, &RemoteScorer::failed, this, &ScoringService::onRemoteFailed);
    openPredictionLog();
    m_status = restingStatus();
}

ScoringService::~ScoringService() = default;

std::optional<LocalizedText> ScoringService::openBundle(const std::filesystem::path& bundle)
{
    try {
        m_bundleProblem.reset();
        setEngine(explain::ExplanationEngine::open(bundle));
        return std::nullopt;
    } catch (const std::exception& error) {
        m_engine.reset();
        const auto why = errorText(error);
        m_bundleProblem = LocalizedText{
            "le modèle " + bundle.string() + " ne peut pas être chargé : " + why.fr + ".",
            "the model " + bundle.string() + " cannot be loaded: " + why.en + "."};
        setStatus(restingStatus());
        return m_bundleProblem;
    }
}

void ScoringService::setEngine(std::shared_ptr<const explain::ExplanationEngine> engine)
{
    m_engine = std::move(engine);
    if (m_engine)
        m_bundleProblem.reset();
    setStatus(restingStatus());
}

void ScoringService::setConfig(ScoringServiceConfig config)
{
    const bool logChanged = config.predictionLog != m_config.predictionLog;
    m_config = std::move(config);
    m_remote->setSettings(m_config.remote);
    if (logChanged)
        openPredictionLog();
    setStatus(restingStatus());
}

bool ScoringService::scoresLocally() const
{
    return m_engine && m_config.mode != ScoringMode::RemoteOnly;
}

quint64 ScoringService::score(const features::ClientRecord& record)
{
    return score(std::make_shared<const features::ClientRecord>(record));
}

quint64 ScoringService::score(std::shared_ptr<const features::ClientRecord> record)
{
    const quint64 ticket = m_nextTicket++;
    const long long clientId = record->clientId();
    if (scoresLocally())
        scoreLocally(ticket, clientId, std::move(record));
    else if (m_config.mode != ScoringMode::LocalOnly && m_config.remote.baseUrl.isValid() &&
             !m_config.remote.baseUrl.isEmpty())
        scoreRemotely(ticket, clientId, *record);
    else {
        // Report asynchronously like the other paths, so callers have one code path.
        const LocalizedText problem = restingStatus().problem;
        QMetaObject::invokeMethod(
            this, [this, ticket, clientId, problem] { emit failed(ticket, clientId, problem); },
            Qt::QueuedConnection);
    }
    return ticket;
}

void ScoringService::scoreLocally(quint64 ticket, long long clientId,
                                  std::shared_ptr<const features::ClientRecord> record)
{
    // SHAP on ~770 features costs several milliseconds: keep it off the GUI thread.
    auto watcher = new QFutureWatcher<LocalOutcome>(this);
    connect(watcher, &QFutureWatcher<LocalOutcome>::finished, this,
            [this, watcher, ticket, clientId] {
                watcher->deleteLater();
                // Taken, not copied: the explanation is passed on by reference below.
                const LocalOutcome outcome = watcher->future().takeResult();
                if (outcome.error) {
                    emit failed(ticket, clientId, *outcome.error);
                    return;
                }
                logPrediction(outcome.explanation, outcome.inputHash, outcome.latencyMs);
                setStatus(restingStatus());
                emit scored(ticket, clientId, outcome.explanation);
            });
    watcher->setFuture(QtConcurrent::run([engine = m_engine, record = std::move(record)]() {
        LocalOutcome outcome;
        QElapsedTimer timer;
        timer.start();
        try {
            outcome.explanation = engine->explain(record->data);
            outcome.latencyMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            outcome.inputHash = inputHashOf(*record);
        } catch (const std::exception& error) {
            outcome.error = errorText(error);
        }
        return outcome;
    }));
}

void ScoringService::scoreRemotely(quint64 ticket, long long clientId,
                                   const features::ClientRecord& record)
{
    const auto body = data::clientRecordToJson(record.data, 0);
    m_pendingRemote[ticket] = {clientId, drift::hashInputs(body),
                               QDateTime::currentMSecsSinceEpoch()};
    m_remote->score(ticket, QByteArray::fromStdString(body.dump()));
}

void ScoringService::onRemoteFinished(quint64 ticket, const explain::Explanation& explanation)
{
    const auto pending = m_pendingRemote.find(ticket);
    if (pending == m_pendingRemote.end())
        return;
    const PendingRemote request = pending->second;
    m_pendingRemote.erase(pending);
    logPrediction(explanation, request.inputHash,
                  static_cast<double>(QDateTime::currentMSecsSinceEpoch() - request.startedMs));
    ScoringStatus status;
    status.source = ScoringStatus::Source::RemoteServer;
    status.modelVersion = QString::fromStdString(explanation.modelVersion);
    setStatus(status);
    emit scored(ticket, request.clientId, explanation);
}

void ScoringService::onRemoteFailed(quint64 ticket, RemoteFailure kind,
                                    const LocalizedText& problem)
{
    const auto pending = m_pendingRemote.find(ticket);
    if (pending == m_pendingRemote.end())
        return;
    const long long clientId = pending->second.clientId;
    m_pendingRemote.erase(pending);
    if (kind != RemoteFailure::Rejected) {
        ScoringStatus status;
        status.source = ScoringStatus::Source::Offline;
        status.problem = problem;
        status.remedy =
            kind == RemoteFailure::Unauthorized
                ? LocalizedText{"Saisissez une clé d'API valide dans Fichier > Paramètres.",
                                "Enter a valid API key in File > Settings."}
                : LocalizedText{"Vérifiez la connexion réseau et l'adresse du serveur dans "
                                "Fichier > Paramètres, ou installez un modèle local.",
                                "Check the network connection and the server address in "
                                "File > Settings, or install a local model."};
        setStatus(status);
    }
    emit failed(ticket, clientId, problem);
}

void ScoringService::openPredictionLog()
{
    m_log.reset();
    if (m_config.predictionLog.isEmpty())
        return;
    try {
        m_log = std::make_shared<drift::PredictionLogWriter>(
            std::filesystem::path(m_config.predictionLog.toStdString()));
    } catch (const std::exception& error) {
        // Scoring must not stop because the log cannot be written; say so once.
        qWarning("Prediction log disabled: %s", error.what());
    }
}

void ScoringService::logPrediction(const explain::Explanation& explanation,
                                   const std::string& inputHash, double latencyMs)
{
    if (!m_log)
        return;
    drift::PredictionRecord record;
    record.modelVersion = explanation.modelVersion;
    record.inputHash = inputHash;
    record.probability = explanation.probability;
    record.decision = decisionWord(explanation.decision);
    record.latencyMs = latencyMs;
    try {
        m_log->append(std::move(record));
    } catch (const std::exception& error) {
        qWarning("Prediction log write failed: %s", error.what());
    }
}

void ScoringService::setStatus(ScoringStatus status)
{
    const bool changed = status.source != m_status.source ||
                         status.modelVersion != m_status.modelVersion ||
                         status.problem != m_status.problem;
    m_status = std::move(status);
    if (changed)
        emit statusChanged(m_status);
}

ScoringStatus ScoringService::restingStatus() const
{
    ScoringStatus status;
    if (scoresLocally()) {
        status.source = ScoringStatus::Source::LocalModel;
        status.modelVersion = QString::fromStdString(m_engine->modelVersion());
        return status;
    }
    const bool hasServer = m_config.remote.baseUrl.isValid() && !m_config.remote.baseUrl.isEmpty();
    if (m_config.mode != ScoringMode::LocalOnly && hasServer) {
        status.source = ScoringStatus::Source::RemoteServer;
        return status;
    }
    status.source = ScoringStatus::Source::Offline;
    if (m_config.mode == ScoringMode::LocalOnly) {
        status.problem = m_bundleProblem.value_or(
            LocalizedText{"aucun modèle local n'est chargé.", "no local model is loaded."});
        status.remedy = {"Installez le modèle de démonstration, lancez l'application avec "
                         "--bundle FICHIER, ou choisissez un autre mode dans Fichier > Paramètres.",
                         "Install the demo model, start the application with --bundle FILE, or "
                         "choose another mode in File > Settings."};
    } else {
        status.problem =
            m_bundleProblem
                ? LocalizedText{m_bundleProblem->fr +
                                    " Aucune adresse de serveur n'est configurée.",
                                m_bundleProblem->en + " No server address is configured."}
                : LocalizedText{"aucun modèle local et aucune adresse de serveur.",
                                "no local model and no server address."};
        status.remedy = {"Indiquez l'adresse et la clé du serveur de scoring dans "
                         "Fichier > Paramètres, ou lancez l'application avec --bundle FICHIER.",
                         "Enter the scoring server's address and key in File > Settings, or "
                         "start the application with --bundle FILE."};
    }
    return status;
}

} // namespace credit::service
