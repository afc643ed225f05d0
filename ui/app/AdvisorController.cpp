#include "app/AdvisorController.h"

#include "app/LocalScenarioScoring.h"
#include "app/ServerClientSource.h"
#include "app/ServerReviewQueue.h"
#include "app/ServiceScenarioScoring.h"
#include "app/SettingsDialog.h"
#include "data/ClientRecordJson.h"
#include "data/LoadCancelled.h"
#include "decision/ReviewQueueDialog.h"
#include "explain/ClientDescription.h"
#include "explain/ExplanationEngine.h"
#include "explain/FeatureLabels.h"
#include "model/ModelBundle.h"
#include "models/DecisionHistoryModel.h"
#include "models/ModelCard.h"
#include "models/ServerPortfolioModel.h"
#include "population/Population.h"
#include "population/ReferenceStatistics.h"
#include "scenario/ScenarioEditor.h"
#include "service/ErrorText.h"
#include "service/ScoringService.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "widgets/ClientFinder.h"
#include "widgets/ComparisonView.h"
#include "window/MainWindow.h"
#include "window/ModelPage.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace credit::ui {

// A loaded portfolio: the dataset, the per-applicant index used to cut one client's file out of
// it, and the list the finder shows. Built on a worker thread, then only read.
struct AdvisorController::Portfolio {
    QString folder;
    PortfolioOrigin origin = PortfolioOrigin::RealData;
    data::HomeCreditDataset dataset;
    std::unique_ptr<features::ClientExtractor> extractor;
    // The list's entries, built on the loading thread and moved into the window's list (not
    // copied: 300,000 entries' texts cost the GUI thread ~25 ms); listed counts them.
    std::vector<explain::PortfolioEntry> entries;
    std::size_t listed = 0;
    std::unordered_map<long long, std::size_t> rowOfClient;
};

namespace {

QString folderOf(const QString& path)
{
    // A file (e.g. the application_train.csv picked in the dialog) stands for its folder; any
    // other path is taken as the folder itself, so a missing folder is named as such.
    const QFileInfo info(path);
    return info.isFile() ? info.absolutePath() : info.absoluteFilePath();
}

// The generator copies a README into every synthetic folder; that is how a folder opened from
// the File menu is recognised as demonstration data and labelled so.
PortfolioOrigin detectOrigin(const QString& folder)
{
    QFile readme(folder + QStringLiteral("/README.md"));
    if (readme.open(QIODevice::ReadOnly) &&
        QString::fromUtf8(readme.read(4096)).contains(QLatin1String("synth"), Qt::CaseInsensitive))
        return PortfolioOrigin::SyntheticDemo;
    return PortfolioOrigin::RealData;
}

// The list rows; probabilities are NaN ("—" in the list) when no local model scores the batch.
std::vector<explain::PortfolioEntry> listEntries(const data::HomeCreditDataset& dataset,
                                                 const std::vector<double>& probabilities,
                                                 double threshold)
{
    const auto& applications = dataset.applications;
    const auto& ids = applications.column("SK_ID_CURR");
    const auto* contract = applications.find("NAME_CONTRACT_TYPE");
    const auto* credit = applications.find("AMT_CREDIT");
    std::vector<explain::PortfolioEntry> entries(applications.rowCount());
    for (std::size_t row = 0; row < entries.size(); ++row) {
        auto& entry = entries[row];
        entry.clientId = static_cast<long long>(ids.number(row));
        entry.probability =
            probabilities.empty() ? std::numeric_limits<double>::quiet_NaN() : probabilities[row];
        entry.decision = !probabilities.empty() && entry.probability >= threshold
                             ? explain::Decision::Refuse
                             : explain::Decision::Grant;
        if (contract && contract->isCategory() && !contract->isMissing(row))
            entry.contractType =
                explain::categoryLevelLabel("NAME_CONTRACT_TYPE", contract->text(row));
        entry.creditAmount =
            credit ? credit->number(row) : std::numeric_limits<double>::quiet_NaN();
    }
    return entries;
}

} // namespace

AdvisorController::AdvisorController(MainWindow& window, service::ScoringService& service,
                                     QObject* parent)
    : QObject(parent), m_window(window), m_service(service)
{
    m_serviceScenarioScoring = new ServiceScenarioScoring(m_service, this);
    connect(&m_window, &MainWindow::clientSelected, this, &AdvisorController::onClientSelected);
    connect(&m_window, &MainWindow::openPortfolioRequested, this,
            [this](const QString& path) { openPortfolio(path); });
    connect(&m_window, &MainWindow::languageChanged, this, [this] {
        showScoringSource(m_service.status());
        if (m_serverSource)
            m_serverSource->setLanguage(m_window.preferences().language);
        showDataSource();
        retranslateShownProblem();
    });
    connect(&m_window, &MainWindow::settingsRequested, this,
            &AdvisorController::openSettingsDialog);
    connect(&m_window, &MainWindow::reviewRequested, this, &AdvisorController::openReviewQueue);
    connect(&m_service, &service::ScoringService::scored, this, &AdvisorController::onScored);
    connect(&m_service, &service::ScoringService::failed, this, &AdvisorController::onScoreFailed);
    connect(&m_service, &service::ScoringService::statusChanged, this,
            &AdvisorController::onStatusChanged);
    onStatusChanged(m_service.status());
    openLocalStore(store::LocalStore::defaultPath());
}

void AdvisorController::openLocalStore(const QString& path)
{
    m_window.setLocalStore(nullptr);
    m_store.reset();
    try {
        m_store = std::make_unique<store::LocalStore>(path);
        if (m_store->openReport().recoveredFromCorruption)
            m_window.statusBar()->showMessage(
                tr("Le stockage local était illisible : il a été conservé sous %1 et un nouveau "
                   "stockage a été créé.")
                    .arg(m_store->openReport().backupPath));
    } catch (const store::StoreError& error) {
        m_window.statusBar()->showMessage(
            tr("Stockage local indisponible (scénarios et décisions non enregistrables) : %1")
                .arg(QString::fromStdString(
                    error.text().in(m_window.preferences().language.toStdString()))));
    }
    m_window.setLocalStore(m_store.get());
}

void AdvisorController::refreshComparisonSources()
{
    // Rows of the open portfolio when there are some, else the model's reference statistics.
    m_window.comparison()->setPopulation(nullptr);
    m_population.reset();
    if (m_portfolio && m_portfolio->dataset.applications.rowCount() > 0)
        m_population = std::make_unique<population::Population>(m_portfolio->dataset.applications);
    m_reference.reset();
    const auto engine = m_service.engine();
    if (engine && !engine->bundle().referenceStatistics.empty()) {
        try {
            m_reference = std::make_unique<population::ReferenceStatistics>(
                population::ReferenceStatistics::fromJson(engine->bundle().referenceStatistics));
        } catch (const std::exception&) {
            m_reference.reset(); // an old bundle without usable statistics: rows only
        }
    }
    m_window.comparison()->setReference(m_reference.get());
    m_window.comparison()->setPopulation(m_population.get());
    refreshScenarioScoring();
}

void AdvisorController::refreshScenarioScoring()
{
    auto engine = m_service.scoresLocally() ? m_service.engine() : nullptr;
    if (m_serverSource) {
        // Server mode: one number per decision. What-if edits are scored here (fast, offline)
        // only with the very model the server scores with (same bundle checksum); otherwise,
        // or until /v1/model has answered, by the server.
        const auto& serverModel = m_serverSource->serverModel();
        const auto local = m_service.engine();
        engine = local && serverModel && local->checksum() == serverModel->checksum.toStdString()
                     ? local
                     : nullptr;
    }
    if (m_scenarioEngine && *m_scenarioEngine == engine.get())
        return; // same scorer: the advisor's edits and their scores stay as they are
    m_scenarioEngine = engine.get();
    m_window.scenarioEditor()->setScoring(engine ? localScenarioScoring(engine)
                                                 : m_serviceScenarioScoring->scoring());
}

AdvisorController::~AdvisorController()
{
    if (m_cancelLoad)
        m_cancelLoad->store(true);
    // The window may outlive us: it must not keep pointers to what we own.
    m_window.setLocalStore(nullptr);
    m_window.comparison()->setPopulation(nullptr);
    m_window.comparison()->setReference(nullptr);
}

std::size_t AdvisorController::clientCount() const
{
    if (m_serverSource)
        return static_cast<std::size_t>(m_serverSource->model().rowCount());
    return m_portfolio ? m_portfolio->listed : 0;
}

void AdvisorController::openServer()
{
    closeServer();
    auto remote = m_settings.serviceConfig(m_window.preferences().language).remote;
    if (!remote.baseUrl.isValid() || remote.baseUrl.isEmpty()) {
        showProblem({"Le mode serveur est choisi (data/source = server) mais aucune adresse de "
                     "serveur n'est configurée : renseignez-la dans Paramètres.",
                     "Server mode is chosen (data/source = server) but no server address is "
                     "configured: enter it in Settings."});
        emit loadFailed(m_shownProblemText);
        return;
    }
    m_portfolio.reset();
    m_window.clearClient();
    // No local rows, and no demo banner: the server holds the bank's files.
    m_window.setPortfolio({}, PortfolioOrigin::RealData);
    m_serverSource = new ServerClientSource(m_window, std::move(remote), m_store.get(), this);
    m_window.reviewAction()->setVisible(true);
    m_window.setLocalFilesAllowed(false);
    m_service.setConfig(serviceConfig());
    refreshScenarioScoring();
    connect(m_serverSource, &ServerClientSource::listShown, this, [this](int rows) {
        if (m_window.statusBar()->currentMessage().startsWith(m_connectingMessage))
            m_window.statusBar()->clearMessage(); // connected: the label says to what
        showDataSource();
        emit portfolioLoaded(rows);
    });
    connect(m_serverSource, &ServerClientSource::descriptionChanged, this, [this] {
        showDataSource();
        refreshScenarioScoring(); // the server's model may now be known
    });
    connect(m_serverSource, &ServerClientSource::problem, this,
            [this](const LocalizedText& problem) {
                showProblem({"Serveur : " + problem.fr, "Server: " + problem.en});
                if (!m_shownClient && m_serverSource->model().rowCount() == 0)
                    emit loadFailed(m_shownProblemText);
            });
    connect(m_serverSource, &ServerClientSource::notice, this,
            [this](const LocalizedText& text) { showProblem(text); });
    connect(m_serverSource, &ServerClientSource::clientShown, this, [this](long long clientId) {
        m_shownClient = clientId;
        emit clientShown(clientId);
    });
    connect(m_serverSource, &ServerClientSource::clientFailed, this,
            [this](long long clientId, const LocalizedText& message) {
                // The client on screen stays: the advisor keeps what they were reading.
                const std::string id = std::to_string(clientId);
                showProblem(
                    {"Le dossier du client n° " + id + " n'a pas pu être lu : " + message.fr,
                     "Client no. " + id + "'s file could not be read: " + message.en});
                emit clientFailed(clientId, inLanguage(message));
            });
    m_connectingMessage =
        tr("Connexion au serveur %1…")
            .arg(m_serverSource->settings().baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    m_window.statusBar()->showMessage(m_connectingMessage);
    m_serverSource->start();
}

void AdvisorController::showDataSource()
{
    if (!m_serverSource)
        return;
    m_window.setDataSource(inLanguage(m_serverSource->description()));
}

void AdvisorController::openPortfolio(const QString& path, std::optional<PortfolioOrigin> origin,
                                      bool showProgress)
{
    if (m_loading && m_cancelLoad)
        m_cancelLoad->store(true);
    const QString folder = folderOf(path);
    const PortfolioOrigin resolvedOrigin = origin.value_or(detectOrigin(folder));
    m_loading = true;
    m_cancelLoad = std::make_shared<std::atomic<bool>>(false);
    m_progressPermille = std::make_shared<std::atomic<int>>(0);

    if (showProgress) {
        if (m_progress)
            m_progress->deleteLater();
        m_progress = new QProgressDialog(tr("Chargement du portefeuille %1…").arg(folder),
                                         tr("Annuler"), 0, 1000, &m_window);
        m_progress->setWindowTitle(tr("Ouverture du portefeuille"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400); // a quick load shows no dialog at all
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this,
                [cancel = m_cancelLoad] { cancel->store(true); });
        if (!m_progressPoll) {
            m_progressPoll = new QTimer(this);
            m_progressPoll->setInterval(100);
        }
        m_progressPoll->disconnect();
        connect(m_progressPoll, &QTimer::timeout, this, [this] {
            if (m_progress && m_progressPermille)
                m_progress->setValue(m_progressPermille->load());
        });
        m_progressPoll->start();
    }
    m_window.statusBar()->showMessage(tr("Chargement du portefeuille %1…").arg(folder));

    const auto engine = m_service.scoresLocally() ? m_service.engine() : nullptr;
    auto cancel = m_cancelLoad;
    auto permille = m_progressPermille;
    struct Outcome {
        std::shared_ptr<Portfolio> portfolio;
        std::optional<LocalizedText> error;
        bool cancelled = false;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, cancel] {
        watcher->deleteLater();
        if (cancel != m_cancelLoad)
            return; // superseded by a newer load
        Outcome outcome = watcher->result();
        onLoadFinished(std::move(outcome.portfolio), outcome.error, outcome.cancelled);
    });
    watcher->setFuture(QtConcurrent::run([folder, resolvedOrigin, engine, cancel, permille] {
        Outcome outcome;
        try {
            auto portfolio = std::make_shared<Portfolio>();
            portfolio->folder = folder;
            portfolio->origin = resolvedOrigin;
            data::LoadOptions options;
            options.progress = [&](data::TableId, std::size_t done, std::size_t total) {
                // Reading is ~90 % of the work; scoring the list takes the rest.
                if (total > 0)
                    permille->store(static_cast<int>(900.0 * static_cast<double>(done) /
                                                     static_cast<double>(total)));
                return !cancel->load();
            };
            portfolio->dataset =
                data::HomeCreditDataset::load(std::filesystem::path(folder.toStdString()), options);
            if (cancel->load()) {
                outcome.cancelled = true;
                return outcome;
            }
            std::vector<double> probabilities;
            if (engine)
                probabilities = engine->scoreDataset(portfolio->dataset);
            portfolio->entries =
                listEntries(portfolio->dataset, probabilities, engine ? engine->threshold() : 0.0);
            for (std::size_t row = 0; row < portfolio->entries.size(); ++row)
                portfolio->rowOfClient.emplace(portfolio->entries[row].clientId, row);
            portfolio->extractor = std::make_unique<features::ClientExtractor>(portfolio->dataset);
            permille->store(1000);
            outcome.portfolio = std::move(portfolio);
        } catch (const data::LoadCancelled&) {
            outcome.cancelled = true;
        } catch (const std::exception& error) {
            outcome.error = service::errorText(error);
        }
        return outcome;
    }));
}

void AdvisorController::onLoadFinished(std::shared_ptr<Portfolio> portfolio,
                                       std::optional<LocalizedText> error, bool cancelled)
{
    m_loading = false;
    if (m_progressPoll)
        m_progressPoll->stop();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    if (cancelled) {
        m_window.statusBar()->showMessage(tr("Ouverture annulée."), 5000);
        emit loadFailed(tr("Ouverture annulée."));
        return;
    }
    if (!portfolio) {
        const auto why = error.value_or(LocalizedText{"raison inconnue", "unknown reason"});
        showProblem({"Le portefeuille ne peut pas être ouvert : " + why.fr,
                     "The portfolio cannot be opened: " + why.en});
        emit loadFailed(m_shownProblemText);
        return;
    }
    m_window.comparison()->setPopulation(nullptr);
    m_population.reset(); // it reads the rows of the portfolio being replaced
    m_portfolio = std::move(portfolio);
    refreshComparisonSources();
    m_shownClient.reset();
    m_pendingClient.reset();
    m_window.clearClient();
    m_portfolio->listed = m_portfolio->entries.size();
    m_window.setPortfolio(std::move(m_portfolio->entries), m_portfolio->origin);
    const QString what = m_portfolio->origin == PortfolioOrigin::SyntheticDemo
                             ? tr("Données de démonstration synthétiques")
                             : QFileInfo(m_portfolio->folder).fileName();
    m_window.statusBar()->showMessage(
        tr("%1 : %n client(s) chargé(s).", nullptr, static_cast<int>(m_portfolio->listed))
            .arg(what),
        8000);
    emit portfolioLoaded(static_cast<int>(m_portfolio->listed));
}

std::optional<features::ClientRecord> AdvisorController::clientRecord(long long clientId) const
{
    if (!m_portfolio)
        return std::nullopt;
    const auto row = m_portfolio->rowOfClient.find(clientId);
    if (row == m_portfolio->rowOfClient.end())
        return std::nullopt;
    return m_portfolio->extractor->extract(row->second);
}

void AdvisorController::onClientSelected(long long clientId)
{
    if (m_serverSource) {
        m_serverSource->openClient(clientId);
        return;
    }
    std::optional<features::ClientRecord> extracted = clientRecord(clientId);
    if (!extracted)
        return;
    // Shared with the editor's recipe for the client's file, which runs only if the editor opens.
    const auto record = std::make_shared<const features::ClientRecord>(std::move(*extracted));
    m_pendingClient = clientId;
    // The server writes its texts in one language: follow the View > Language choice.
    if (m_service.config().remote.language != m_window.preferences().language) {
        auto config = m_service.config();
        config.remote.language = m_window.preferences().language;
        m_service.setConfig(config);
    }
    m_pendingFacts = explain::describeClient(record->data);
    m_window.comparison()->setClient(record->data.applications);
    m_window.scenarioEditor()->setOriginal(
        [record] { return data::clientRecordToJson(record->data, 0); });
    m_currentTicket = m_service.score(record);
}

void AdvisorController::onScored(quint64 ticket, long long clientId,
                                 const explain::Explanation& explanation)
{
    // An answer for a client the advisor has already left is dropped.
    if (ticket != m_currentTicket || !m_pendingFacts)
        return;
    m_window.showClient(explanation, *m_pendingFacts);
    // The same file the editor holds as its original: without a local model, this answer is
    // its "before" score too (it sends no request of its own for it).
    m_window.scenarioEditor()->setOriginalScore({explanation, {}});
    m_shownClient = clientId;
    m_pendingFacts.reset();
    emit clientShown(clientId);
}

void AdvisorController::onScoreFailed(quint64 ticket, long long clientId,
                                      const LocalizedText& message)
{
    if (ticket != m_currentTicket)
        return;
    m_pendingFacts.reset();
    m_window.clearClient();
    m_window.scenarioEditor()->setOriginalScore({std::nullopt, message});
    const std::string id = std::to_string(clientId);
    showProblem({"Le client n° " + id + " ne peut pas être évalué : " + message.fr,
                 "Client no. " + id + " cannot be scored: " + message.en});
    emit clientFailed(clientId, inLanguage(message));
}

QString AdvisorController::inLanguage(const LocalizedText& text) const
{
    return QString::fromStdString(text.in(m_window.preferences().language.toStdString()));
}

void AdvisorController::showProblem(const LocalizedText& problem)
{
    showProblem([this, problem] { return inLanguage(problem); });
}

void AdvisorController::showProblem(std::function<QString()> wording)
{
    m_shownProblem = std::move(wording);
    m_shownProblemText = m_shownProblem();
    m_window.statusBar()->showMessage(m_shownProblemText);
}

void AdvisorController::retranslateShownProblem()
{
    // Only while it is still what the status bar shows: a later message replaced it otherwise.
    if (m_shownProblem && m_window.statusBar()->currentMessage() == m_shownProblemText)
        showProblem(m_shownProblem);
}

void AdvisorController::showScoringSource(const service::ScoringStatus& status)
{
    // Worded by the service in the language of the moment: worded again after a switch.
    m_window.setScoringSource(status.message());
    m_window.scoringSourceLabel()->setToolTip(status.details(m_window.preferences().language));
}

void AdvisorController::onStatusChanged(const service::ScoringStatus& status)
{
    showScoringSource(status);
    refreshComparisonSources(); // a model loaded or lost changes the reference and the scorer
    showModelCard();
    if (status.source == service::ScoringStatus::Source::Offline && status.hasProblem()) {
        // Worded again on a language switch: message() follows the translator, the problem and
        // remedy the advisor's language.
        showProblem([this, status] { return status.details(m_window.preferences().language); });
    }
}

void AdvisorController::showModelCard()
{
    const auto engine = m_service.engine();
    if (engine.get() == m_cardEngine)
        return;
    m_cardEngine = engine.get();
    if (!engine) {
        m_window.modelPage()->clearModelCard();
        return;
    }
    // The "Modèle" page shows core's own description, plus the training-data fingerprint the
    // description leaves out. Converted to Qt JSON once here; the page never sees core types.
    nlohmann::json description = engine->modelDescription();
    description["training_data"] = engine->bundle().trainingData.toJson();
    try {
        m_window.setModelCard(ModelCard::fromDescription(
            QJsonDocument::fromJson(QByteArray::fromStdString(description.dump())).object()));
        if (!engine->warnings().empty())
            m_window.statusBar()->showMessage(
                tr("Attention : le modèle n'indique pas quels attributs il exclut (voir la page "
                   "Modèle)."));
    } catch (const std::exception& error) {
        m_window.modelPage()->clearModelCard();
        const auto why = service::errorText(error);
        showProblem({"La fiche du modèle ne peut pas être affichée : " + why.fr,
                     "The model card cannot be shown: " + why.en});
    }
}

void AdvisorController::openSettingsDialog()
{
    SettingsDialog dialog(m_settings, m_window.preferences(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UiPreferences preferences = dialog.preferences();
    if (preferences.language != m_window.preferences().language)
        m_window.setLanguage(preferences.language);
    if (preferences.theme != m_window.preferences().theme)
        m_window.setThemeChoice(preferences.theme);
    if (preferences.fontScalePercent != m_window.preferences().fontScalePercent)
        m_window.setFontScale(preferences.fontScalePercent);
    applySettings(dialog.settings());
}

void AdvisorController::applySettings(const AdvisorSettings& settings)
{
    const bool wasLocal = m_service.scoresLocally();
    const AdvisorSettings before = m_settings;
    m_settings = settings;
    QSettings stored;
    m_settings.save(stored);
    m_service.setConfig(serviceConfig());
    const bool serverChanged =
        settings.dataSource != before.dataSource ||
        (settings.dataSource == DataSource::Server &&
         (settings.apiUrl != before.apiUrl || settings.apiKey != before.apiKey));
    if (serverChanged && settings.dataSource == DataSource::Server) {
        openServer();
        return;
    }
    if (serverChanged) {
        // Back to local files: the server's list leaves, the folder of the settings is read.
        closeServer();
        if (!m_settings.dataFolder.isEmpty()) {
            openPortfolio(m_settings.dataFolder);
        } else {
            m_window.setPortfolio({}, PortfolioOrigin::RealData);
            showProblem({"Dossiers clients locaux : ouvrez un dossier Home Credit avec Fichier > "
                         "Ouvrir…",
                         "Local client files: open a Home Credit folder with File > Open…"});
        }
        return;
    }
    if (wasLocal != m_service.scoresLocally())
        rescoreList();
}

void AdvisorController::openReviewQueue()
{
    if (!m_serverSource)
        return;
    if (m_reviewDialog) {
        m_reviewDialog->raise();
        m_reviewDialog->activateWindow();
        return;
    }
    auto* dialog = new ReviewQueueDialog(nullptr, &m_window);
    auto* queue = new ServerReviewQueue(m_serverSource->records(), dialog);
    queue->model()->setLanguage(m_window.preferences().language);
    dialog->setModel(queue->model());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewQueueDialog::filterChanged, queue, &ServerReviewQueue::load);
    connect(dialog, &ReviewQueueDialog::moreRequested, queue, &ServerReviewQueue::loadMore);
    connect(queue, &ServerReviewQueue::moreAvailableChanged, dialog,
            &ReviewQueueDialog::setMoreAvailable);
    connect(queue, &ServerReviewQueue::statusChanged, dialog,
            [this, dialog](const LocalizedText& status) { dialog->setStatus(inLanguage(status)); });
    connect(dialog, &ReviewQueueDialog::clientOpenRequested, this, [this](long long clientId) {
        if (!m_serverSource)
            return;
        m_window.showClientPage();
        m_window.finder()->selectClient(clientId); // when it is among the loaded rows
        m_serverSource->openClient(clientId);
    });
    m_reviewDialog = dialog;
    dialog->show();
    queue->load(dialog->filter());
}

void AdvisorController::closeServer()
{
    delete m_reviewDialog; // its presenter reads through the server source
    if (!m_serverSource)
        return;
    m_window.reviewAction()->setVisible(false);
    m_window.setLocalFilesAllowed(true);
    m_window.finder()->showLocalList();
    m_window.setDataSource({});
    m_serverSource->deleteLater();
    m_serverSource = nullptr;
    m_window.scenarioEditor()->setStore(m_store.get()); // the workstation's scenarios again
    m_service.setConfig(serviceConfig());               // the settings' scoring mode again
    refreshScenarioScoring();
    m_shownClient.reset();
    m_window.clearClient();
}

service::ScoringServiceConfig AdvisorController::serviceConfig() const
{
    auto config = m_settings.serviceConfig(m_window.preferences().language);
    // In server mode the scores of files shown and of decisions are the server's, whatever the
    // scoring mode says (one number per decision).
    if (m_serverSource)
        config.mode = service::ScoringMode::RemoteOnly;
    return config;
}

void AdvisorController::rescoreList()
{
    if (!m_portfolio)
        return;
    std::vector<double> probabilities;
    const auto engine = m_service.scoresLocally() ? m_service.engine() : nullptr;
    if (engine)
        probabilities = engine->scoreDataset(m_portfolio->dataset);
    auto entries =
        listEntries(m_portfolio->dataset, probabilities, engine ? engine->threshold() : 0.0);
    m_portfolio->listed = entries.size();
    m_window.setPortfolio(std::move(entries), m_portfolio->origin);
}

} // namespace credit::ui
