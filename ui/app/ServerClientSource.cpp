#include "app/ServerClientSource.h"

#include "app/ServerComparisonFeed.h"
#include "data/ClientRecordJson.h"
#include "decision/DecisionPanel.h"
#include "document/DraftKeeper.h"
#include "document/ScenarioDocument.h"
#include "document/ServerScenarioRepository.h"
#include "explain/ClientDescription.h"
#include "models/DecisionHistoryModel.h"
#include "models/ServerPortfolioModel.h"
#include "scenario/ScenarioEditor.h"
#include "service/OutboxSender.h"
#include "service/RecordsClient.h"
#include "store/DraftStore.h"
#include "store/Outbox.h"
#include "store/StoreError.h"
#include "store/StoreRecords.h"
#include "widgets/ClientFinder.h"
#include "widgets/ComparisonView.h"
#include "window/MainWindow.h"

#include <nlohmann/json.hpp>

namespace credit::ui {

ServerClientSource::ServerClientSource(MainWindow& window, service::RemoteSettings settings,
                                       store::LocalStore* store, QObject* parent)
    : QObject(parent), m_window(window), m_records(new service::RecordsClient(this))
{
    if (store) {
        // What the advisor types in a file is kept as they type, whatever the network does.
        m_drafts = std::make_unique<store::DraftStore>(*store);
        m_draftKeeper = new DraftKeeper(*m_window.scenarioEditor()->document(), *m_drafts, this);
        connect(m_draftKeeper, &DraftKeeper::restored, this, [this](int fields) {
            emit notice({"Brouillon restauré : " + std::to_string(fields) +
                             " champ(s) modifié(s) lors d'une session précédente (Ctrl+Z pour "
                             "les annuler).",
                         "Draft restored: " + std::to_string(fields) +
                             " field(s) changed in an earlier session (Ctrl+Z undoes them)."});
        });
        connect(m_draftKeeper, &DraftKeeper::failed, this, &ServerClientSource::problem);
        m_outbox = std::make_unique<store::Outbox>(*store);
        m_sender = new service::OutboxSender(*m_outbox, *m_records, this);
        connect(m_sender, &service::OutboxSender::pendingChanged, this,
                &ServerClientSource::descriptionChanged);
        // Scenarios and new applications are saved to the outbox and sent from it.
        m_scenarios = new ServerScenarioRepository(*m_outbox, this);
        connect(m_scenarios, &ServerScenarioRepository::queued, m_sender,
                &service::OutboxSender::sendPending);
        // What the server accepted or refused changes the saved list's states.
        connect(m_sender, &service::OutboxSender::entrySent, this,
                [this](qint64 entry, const QByteArray& answer) {
                    const auto sent = m_outbox->entry(entry);
                    if (sent && sent->request.kind == QLatin1String("scenario")) {
                        refreshScenarios();
                        return;
                    }
                    m_window.scenarioEditor()->document()->refreshSavedList();
                    if (sent && sent->request.kind == QLatin1String("application"))
                        applicationStored(*sent, answer);
                });
        connect(m_sender, &service::OutboxSender::entryRejected, this,
                [this] { m_window.scenarioEditor()->document()->refreshSavedList(); });
        // A decision the server has just accepted shows in the client's history.
        connect(m_sender, &service::OutboxSender::entrySent, this,
                &ServerClientSource::refreshHistory);
        connect(m_sender, &service::OutboxSender::entryRejected, this,
                [this](qint64 entry, const LocalizedText& why) {
                    const std::string number = std::to_string(entry);
                    emit problem({"l'envoi n° " + number + " a été refusé : " + why.fr,
                                  "sending no. " + number + " was refused: " + why.en});
                });
        // Once everything waiting has gone, the "offline" message must not stay on screen.
        connect(m_sender, &service::OutboxSender::pendingChanged, this, [this](int pending) {
            if (pending == 0 && m_sendingInterrupted) {
                m_sendingInterrupted = false;
                emit notice({"Serveur de nouveau joignable : tout ce qui attendait a été envoyé.",
                             "Server reachable again: everything waiting has been sent."});
            }
        });
        connect(m_sender, &service::OutboxSender::serverUnreachable, this,
                [this](const LocalizedText& why) {
                    m_sendingInterrupted = true;
                    const int pending = pendingCount();
                    const std::string count = std::to_string(pending);
                    emit problem({"hors ligne, " + count +
                                      (pending == 1 ? " envoi en attente" : " envois en attente") +
                                      ", réessai automatique : " + why.fr,
                                  "offline, " + count +
                                      (pending == 1 ? " item waiting" : " items waiting") +
                                      ", retried automatically: " + why.en});
                });
    }
    m_records->setSettings(std::move(settings));
    m_model = new ServerPortfolioModel(service::pageSourceOf(*m_records), this);
    m_history = new DecisionHistoryModel(this);
    connect(m_model, &ServerPortfolioModel::refreshed, this, [this] {
        if (m_comparison)
            m_comparison->loadFilterLevels(); // those a dead server did not give at the start
        emit listShown(m_model->rowCount());
    });
    connect(m_model, &ServerPortfolioModel::problem, this, &ServerClientSource::problem);
}

ServerClientSource::~ServerClientSource()
{
    // Before the stores they hold references to (members, destroyed before QObject children).
    delete m_draftKeeper;
    delete m_sender;
    delete m_comparison; // the view goes back to local aggregates
    // The editor must not keep a repository that goes with us. Putting the local store's back is
    // the controller's work (closeServer): the store may already be gone when the app closes.
    if (m_scenarios && m_window.scenarioEditor()->document()->repository() == m_scenarios)
        m_window.scenarioEditor()->setRepository(nullptr);
    delete m_scenarios;
    m_window.decisionPanel()->setServerRecorder({});
    m_window.decisionPanel()->setHistoryModel(nullptr);
}

void ServerClientSource::applicationStored(const store::OutboxEntry& entry,
                                           const QByteArray& answer)
{
    // The new file is a client of the bank's like any other: in the list, under its number.
    const auto body = nlohmann::json::parse(answer.toStdString(), nullptr, false);
    if (!body.is_object() || !body.contains("client_id") || !body["client_id"].is_number_integer())
        return;
    const std::string id = std::to_string(body["client_id"].get<long long>());
    const std::string name = entry.request.summary.toStdString();
    emit notice({"Demande « " + name + " » enregistrée sur le serveur : dossier n° " + id + ".",
                 "Application \"" + name + "\" stored on the server: file no. " + id + "."});
    m_model->refresh();
}

void ServerClientSource::refreshScenarios()
{
    if (!m_shownClient || !m_scenarios)
        return;
    const long long clientId = *m_shownClient;
    m_records->fetchScenarios(
        clientId, this,
        [this, clientId](service::Fetched<std::vector<service::ServerScenario>> fetched) {
            if (m_shownClient != clientId)
                return;
            if (auto* scenarios = std::get_if<std::vector<service::ServerScenario>>(&fetched)) {
                m_scenarios->setServerScenarios(QString::number(clientId), m_shownOriginal,
                                                std::move(*scenarios));
                m_window.scenarioEditor()->document()->refreshSavedList();
            } else {
                emit problem(std::get<service::ApiProblem>(fetched).text);
            }
        });
}

void ServerClientSource::refreshHistory()
{
    if (!m_shownClient)
        return;
    const long long clientId = *m_shownClient;
    m_records->fetchDecisions(
        clientId, this,
        [this, clientId](service::Fetched<std::vector<service::ServerDecision>> fetched) {
            if (m_shownClient != clientId)
                return;
            if (auto* decisions = std::get_if<std::vector<service::ServerDecision>>(&fetched))
                m_history->setDecisions(std::move(*decisions));
            else
                emit problem(std::get<service::ApiProblem>(fetched).text);
        });
}

qint64 ServerClientSource::queueDecision(const store::DecisionEntry& decision)
{
    if (!m_outbox)
        throw store::StoreError({"le stockage local n'est pas disponible pour garder la décision "
                                 "jusqu'à son envoi",
                                 "the local store is not available to keep the decision until "
                                 "it is sent"});
    // The server scores the file itself, sets who and when, and links the chain: the body says
    // only what the advisor decided and why.
    const nlohmann::json body{{"decision", decision.advisorDecision.toStdString()},
                              {"justification", decision.justification.toStdString()},
                              {"scenario_id", nullptr}};
    const auto entry = m_outbox->enqueue(
        {QStringLiteral("decision"), decision.clientId,
         QStringLiteral("/v1/clients/%1/decisions").arg(decision.clientId),
         QString::fromStdString(body.dump()),
         QStringLiteral("%1 : %2").arg(decision.clientId, decision.advisorDecision)});
    emit descriptionChanged();
    m_sender->sendPending();
    return entry.id;
}

int ServerClientSource::pendingCount() const
{
    return m_sender ? m_sender->pendingCount() : 0;
}

const service::RemoteSettings& ServerClientSource::settings() const
{
    return m_records->settings();
}

void ServerClientSource::start()
{
    m_window.finder()->showServerList(m_model);
    m_window.decisionPanel()->setServerRecorder(
        [this](const store::DecisionEntry& decision) { return queueDecision(decision); });
    m_window.decisionPanel()->setHistoryModel(m_history);
    if (m_scenarios)
        m_window.scenarioEditor()->setRepository(m_scenarios);
    m_model->refresh();
    // The comparison charts draw the server's aggregates, never client rows.
    m_comparison = new ServerComparisonFeed(*m_records, *m_window.comparison(), this);
    m_comparison->loadFilterLevels();
    if (m_sender)
        m_sender->sendPending(); // what an earlier session left waiting
    m_records->fetchModel(this, [this](service::Fetched<service::ServerModelIdentity> fetched) {
        if (const auto* failure = std::get_if<service::ApiProblem>(&fetched)) {
            emit problem(failure->text);
            return;
        }
        m_serverModel = std::get<service::ServerModelIdentity>(fetched);
        emit descriptionChanged();
    });
}

void ServerClientSource::setLanguage(const QString& language)
{
    m_history->setLanguage(language);
    auto settings = m_records->settings();
    const bool changed = settings.language != language;
    settings.language = language;
    m_records->setSettings(std::move(settings));
    if (changed)
        refreshShownScore();
}

void ServerClientSource::refreshShownScore()
{
    // The server words a score's reasons in the language asked: fetch the shown client's score
    // again in the new one. Only the explanation is replaced; the file in the editor, and what
    // the advisor has typed in it, stay as they are.
    if (!m_shownClient)
        return;
    const long long clientId = *m_shownClient;
    const quint64 ticket = m_openTicket;
    m_records->fetchClient(
        clientId, this,
        [this, ticket, clientId](service::Fetched<service::ServerClientFile> fetched) {
            if (ticket != m_openTicket || m_shownClient != clientId)
                return; // another client was opened meanwhile
            if (const auto* failure = std::get_if<service::ApiProblem>(&fetched)) {
                emit problem(failure->text);
                return;
            }
            const auto& file = std::get<service::ServerClientFile>(fetched);
            m_window.showClient(file.score, explain::describeClient(file.record));
            m_window.scenarioEditor()->setOriginalScore({file.score, {}});
        });
}

LocalizedText ServerClientSource::description() const
{
    const std::string server =
        settings().baseUrl.toDisplayString(QUrl::RemoveUserInfo).toStdString();
    LocalizedText text{"Clients : serveur " + server, "Clients: server " + server};
    if (m_serverModel) {
        const std::string version = m_serverModel->version.toStdString();
        text.fr += " · modèle " + version;
        text.en += " · model " + version;
    }
    // What waits to be sent is shown even before the server has answered: that is when it
    // matters most.
    if (const int pending = pendingCount(); pending > 0) {
        const std::string count = std::to_string(pending);
        text.fr += " · " + count + (pending == 1 ? " envoi en attente" : " envois en attente");
        text.en += " · " + count +
                   (pending == 1 ? " item waiting to be sent" : " items waiting to be sent");
    }
    return text;
}

void ServerClientSource::openClient(long long clientId)
{
    const quint64 ticket = ++m_openTicket;
    m_records->fetchClient(
        clientId, this,
        [this, ticket, clientId](service::Fetched<service::ServerClientFile> fetched) {
            if (ticket != m_openTicket)
                return; // the advisor has moved on to another client
            if (const auto* failure = std::get_if<service::ApiProblem>(&fetched)) {
                emit clientFailed(clientId, failure->text);
                return;
            }
            const auto& file = std::get<service::ServerClientFile>(fetched);
            m_window.comparison()->setClient(file.record.applications);
            m_shownOriginal = data::clientRecordToJson(file.record, 0);
            m_window.scenarioEditor()->setOriginal(m_shownOriginal);
            m_window.showClient(file.score, explain::describeClient(file.record));
            m_window.scenarioEditor()->setOriginalScore({file.score, {}});
            m_shownClient = clientId;
            m_history->setDecisions({}); // never an earlier client's history under this one
            refreshHistory();
            refreshScenarios();
            emit clientShown(clientId);
        });
}

} // namespace credit::ui
