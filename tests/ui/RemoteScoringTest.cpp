// Remote fallback against a real credit-scoring-server process: same probability as the local
// engine for the same client, and "Hors ligne" once the server is gone.
#include "TrainedModelFixture.h"
#include "app/AdvisorController.h"
#include "common/LocalizedError.h"
#include "data/ClientRecordJson.h"
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "models/PortfolioModel.h"
#include "scenario/ScenarioEditor.h"
#include "service/RemoteCounterfactuals.h"
#include "service/ScoringService.h"
#include "support/ScoringServerFixture.h"
#include "widgets/ClientFinder.h"
#include "widgets/ScoreGauge.h"
#include "window/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace credit;
using namespace credit::ui;

namespace {
const QString testKey = QStringLiteral("test-key-7f3a9c");
}

class RemoteScoringTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void remoteModeScoresLikeTheLocalEngine();
    void automaticModeFallsBackToTheServerWithoutBundle();
    void scenarioEditingScoresThroughTheServerWithoutLocalModel();
    void suggestionsComeFromTheServerWithoutLocalModel();
    void wrongKeyIsReportedWithoutShowingIt();
    void suggestionFailuresAreWordedInBothLanguages();
    void statusSaysOfflineAfterTheServerStops();

private:
    // Opens the fixture's synthetic portfolio in `controller` and waits until it is loaded.
    bool openFixturePortfolio(AdvisorController& controller) const;
    service::ScoringServiceConfig remoteConfig(service::ScoringMode mode,
                                               QString key = testKey) const;

    QTemporaryDir m_dir;
    testing::TrainedModelFixture m_fixture;
    std::shared_ptr<const explain::ExplanationEngine> m_engine;
    testing::ScoringServerFixture m_server;
};

void RemoteScoringTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Larger than the default fixture so that the model suggests changes to some refused
    // clients (the remote counterfactual test needs one).
    m_fixture = testing::TrainedModelFixture::create(m_dir.path(), 3000, 60);
    m_engine = explain::ExplanationEngine::open(m_fixture.bundle);

    m_server = testing::ScoringServerFixture({m_fixture.bundle, testKey, {}, {}});
    const QString problem = m_server.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void RemoteScoringTest::cleanupTestCase()
{
    m_server.stop();
}

bool RemoteScoringTest::openFixturePortfolio(AdvisorController& controller) const
{
    QSignalSpy loaded(&controller, &AdvisorController::portfolioLoaded);
    controller.openPortfolio(QString::fromStdString(m_fixture.dataFolder.string()),
                             PortfolioOrigin::SyntheticDemo, false);
    return loaded.wait(30000);
}

service::ScoringServiceConfig RemoteScoringTest::remoteConfig(service::ScoringMode mode,
                                                              QString key) const
{
    service::ScoringServiceConfig config;
    config.mode = mode;
    config.remote.baseUrl = m_server.url();
    config.remote.apiKey = std::move(key);
    config.remote.language = QStringLiteral("fr");
    config.remote.timeoutMs = 3000;
    config.remote.retries = 1;
    config.remote.backoffMs = 50;
    return config;
}

void RemoteScoringTest::remoteModeScoresLikeTheLocalEngine()
{
    MainWindow window;
    service::ScoringService service(remoteConfig(service::ScoringMode::RemoteOnly));
    service.setEngine(m_engine); // present but not used: remote only
    AdvisorController controller(window, service);
    QVERIFY(openFixturePortfolio(controller));
    // Remote mode scores on selection only: the list shows a dash.
    QCOMPARE(window.finder()->model()->index(0, PortfolioModel::Probability).data().toString(),
             QStringLiteral("\u2014"));

    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    for (int row : {0, 11, 42}) {
        const long long clientId =
            window.finder()->model()->index(row, 0).data(PortfolioModel::ClientIdRole).toLongLong();
        window.finder()->selectClient(clientId);
        QVERIFY(shown.wait(15000));
        const auto local = m_engine->explain(controller.clientRecord(clientId)->data);
        // The JSON carries the probability as a double: equal to the last bit or nearly so.
        QVERIFY2(std::abs(window.gauge()->probabilityPercent() - local.probability * 100.0) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(window.gauge()->probabilityPercent(), 0, 'g', 17)
                                .arg(local.probability * 100.0, 0, 'g', 17)));
    }
    QCOMPARE(service.status().source, service::ScoringStatus::Source::RemoteServer);
    QVERIFY2(window.scoringSourceLabel()->text().startsWith(
                 QStringLiteral("Source du score : Serveur distant")),
             qPrintable(window.scoringSourceLabel()->text()));
}

void RemoteScoringTest::automaticModeFallsBackToTheServerWithoutBundle()
{
    service::ScoringService service(remoteConfig(service::ScoringMode::Automatic));
    QVERIFY(service.openBundle((m_dir.path() + QStringLiteral("/absent.csbundle")).toStdString())
                .has_value());
    const auto dataset = data::HomeCreditDataset::load(m_fixture.dataFolder);
    const features::ClientExtractor extractor(dataset);
    const auto record = extractor.extract(5);
    QSignalSpy scored(&service, &service::ScoringService::scored);
    service.score(record);
    QVERIFY(scored.wait(15000));
    const auto remote = scored.last().at(2).value<explain::Explanation>();
    QVERIFY(std::abs(remote.probability - m_engine->probability(record.data)) < 1e-12);
    QCOMPARE(remote.decision, m_engine->explain(record.data).decision);
    QCOMPARE(service.status().source, service::ScoringStatus::Source::RemoteServer);
}

// No local model: the scenario editor still rescores, through the service and the server; every
// answer equals core's score of the edited record, and an answer for an older edit never
// replaces the newest one.
void RemoteScoringTest::scenarioEditingScoresThroughTheServerWithoutLocalModel()
{
    MainWindow window;
    service::ScoringService service(remoteConfig(service::ScoringMode::Automatic));
    QVERIFY(!service.scoresLocally());
    AdvisorController controller(window, service);
    QVERIFY(openFixturePortfolio(controller));
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    QSignalSpy selectionAnswers(&service, &service::ScoringService::scored);
    const long long clientId =
        window.finder()->model()->index(7, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    window.finder()->selectClient(clientId);
    QVERIFY(shown.wait(15000));

    ScenarioEditor* editor = window.scenarioEditor();
    const auto coreProbability = [this](const nlohmann::json& record) {
        const auto parsed = data::clientRecordFromJson(record);
        return parsed.record ? m_engine->explain(*parsed.record).probability : -1.0;
    };
    const auto close = [](double a, double b) { return std::abs(a - b) < 1e-12; };
    // The unedited file is scored once, by the server, and is the "before" side.
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isWaitingForScore() && editor->scenarioScore(), 15000);
    QVERIFY(editor->originalScore());
    QVERIFY(close(editor->originalScore()->probability, coreProbability(editor->original())));
    // The suggestions come from the server's search, which says the same as core's.
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSearchingSuggestions(), 15000);
    {
        const auto parsed = data::clientRecordFromJson(editor->original());
        QVERIFY(parsed.record);
        const auto expected = m_engine->counterfactuals(*parsed.record);
        QCOMPARE(editor->suggestionCount(), static_cast<int>(expected.suggestions.size()));
        QCOMPARE(editor->suggestions().statement.fr, expected.statement.fr);
    }
    QTest::qWait(200);
    QCOMPARE(selectionAnswers.count(), 1); // the window and the editor share one request

    QSignalSpy answers(&service, &service::ScoringService::scored);
    // Two values of the strongest field (a small model barely uses the amounts).
    QVERIFY(editor->enterValue("EXT_SOURCE_3", QStringLiteral("0,95")));
    editor->rescoreNow();
    QVERIFY(editor->isWaitingForScore());
    QVERIFY(editor->comparisonText().contains(QStringLiteral("non évalué")));
    QVERIFY(editor->enterValue("EXT_SOURCE_3", QStringLiteral("0,02")));
    editor->rescoreNow();
    // Both answers arrive (in whatever order); the editor shows the newest edit's.
    QTRY_VERIFY_WITH_TIMEOUT(answers.count() >= 2, 15000);
    QTRY_VERIFY(!editor->isWaitingForScore());
    QCOMPARE(editor->scenarioRecord()["EXT_SOURCE_3"].get<double>(), 0.02);
    QVERIFY(editor->scenarioScore());
    QVERIFY2(close(editor->scenarioScore()->probability, coreProbability(editor->scenarioRecord())),
             qPrintable(QString::number(editor->scenarioScore()->probability, 'g', 17)));
    // ... and not the older edit's, which scores differently.
    nlohmann::json older = editor->scenarioRecord();
    older["EXT_SOURCE_3"] = 0.95;
    QVERIFY(!close(coreProbability(older), editor->scenarioScore()->probability));
    QVERIFY(close(editor->originalScore()->probability, coreProbability(editor->original())));

    // Both edits of the field are one undo step: undo gives back the original and its score.
    editor->undoStack()->undo();
    QVERIFY(editor->scenarioRecord() == editor->original());
    QTRY_VERIFY_WITH_TIMEOUT(editor->scenarioScore() && editor->scenarioScore()->probability ==
                                                            editor->originalScore()->probability,
                             15000);
}

// No local model: a refused client still gets the counterfactual suggestions (from the server's
// search, equal to core's), and "Appliquer" rescores the edited file through the server exactly
// as core scores it.
void RemoteScoringTest::suggestionsComeFromTheServerWithoutLocalModel()
{
    const auto dataset = data::HomeCreditDataset::load(m_fixture.dataFolder);
    const auto probabilities = m_engine->scoreDataset(dataset);
    long long refusedId = -1;
    explain::CounterfactualResult expected;
    for (std::size_t row = 0; row < probabilities.size() && refusedId < 0; ++row) {
        if (probabilities[row] < m_engine->threshold())
            continue;
        const auto parsed = data::clientRecordFromJson(data::clientRecordToJson(dataset, row));
        if (!parsed.record)
            continue;
        expected = m_engine->counterfactuals(*parsed.record);
        if (!expected.suggestions.empty())
            refusedId =
                static_cast<long long>(dataset.applications.column("SK_ID_CURR").number(row));
    }
    QVERIFY2(refusedId >= 0, "the test model suggests no change for any refused client");

    MainWindow window;
    service::ScoringService service(remoteConfig(service::ScoringMode::Automatic));
    QVERIFY(!service.scoresLocally());
    AdvisorController controller(window, service);
    QVERIFY(openFixturePortfolio(controller));
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    window.finder()->selectClient(refusedId);
    QVERIFY(shown.wait(15000));

    ScenarioEditor* editor = window.scenarioEditor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->scenarioScore() && !editor->isSearchingSuggestions() &&
                                 editor->suggestionCount() > 0,
                             20000);
    QCOMPARE(editor->suggestionCount(), static_cast<int>(expected.suggestions.size()));
    for (int i = 0; i < editor->suggestionCount(); ++i) {
        const auto& got = editor->suggestions().suggestions[static_cast<std::size_t>(i)];
        const auto& want = expected.suggestions[static_cast<std::size_t>(i)];
        QCOMPARE(got.sentence.fr, want.sentence.fr);
        QCOMPARE(got.probability, want.probability);
    }

    const auto& first = expected.suggestions.front();
    editor->applySuggestion(0);
    for (const auto& change : first.changes)
        QCOMPARE(editor->scenarioRecord()[change.field].get<double>(), change.to);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isWaitingForScore() && editor->scenarioScore(), 15000);
    const auto edited = data::clientRecordFromJson(editor->scenarioRecord());
    QVERIFY(edited.record);
    QVERIFY(std::abs(editor->scenarioScore()->probability -
                     m_engine->explain(*edited.record).probability) < 1e-12);
    QVERIFY(editor->scenarioScore()->probability < m_engine->threshold());
}

// A failed suggestion request is worded in French and in English: the French statement the
// scenario editor shows must not carry an English reason inside.
void RemoteScoringTest::suggestionFailuresAreWordedInBothLanguages()
{
    const auto failureOf = [](const service::RemoteSettings& settings) -> LocalizedText {
        try {
            service::fetchCounterfactuals(settings, QByteArrayLiteral("{}"));
        } catch (const LocalizedError& error) {
            return error.text();
        }
        return {};
    };
    auto settings = remoteConfig(service::ScoringMode::RemoteOnly).remote;
    settings.apiKey = QStringLiteral("not-the-key");
    const auto refused = failureOf(settings);
    QVERIFY2(QString::fromStdString(refused.fr)
                 .contains(QStringLiteral("refuse la clé d'API (HTTP 401)")),
             refused.fr.c_str());
    QVERIFY2(QString::fromStdString(refused.en)
                 .contains(QStringLiteral("refuses the API key (HTTP 401)")),
             refused.en.c_str());
    QVERIFY(!QString::fromStdString(refused.fr).contains(QStringLiteral("not-the-key")));

    // A port nobody listens on: free it right after the system chose it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    const auto unreachable = failureOf(settings);
    QVERIFY2(QString::fromStdString(unreachable.fr).contains(QStringLiteral("ne répond pas")),
             unreachable.fr.c_str());
    QVERIFY2(QString::fromStdString(unreachable.en).contains(QStringLiteral("does not answer")),
             unreachable.en.c_str());
    // Qt's reason (English) is only in the English text.
    QVERIFY(!QString::fromStdString(unreachable.fr)
                 .contains(QStringLiteral("refused"), Qt::CaseInsensitive));
}

void RemoteScoringTest::wrongKeyIsReportedWithoutShowingIt()
{
    const QString wrongKey = QStringLiteral("wrong-secret-123");
    service::ScoringService service(remoteConfig(service::ScoringMode::RemoteOnly, wrongKey));
    const auto dataset = data::HomeCreditDataset::load(m_fixture.dataFolder);
    const features::ClientExtractor extractor(dataset);
    QSignalSpy failed(&service, &service::ScoringService::failed);
    service.score(extractor.extract(0));
    QVERIFY(failed.wait(15000));
    const auto problem = qvariant_cast<LocalizedText>(failed.last().at(2));
    const QString message = QString::fromStdString(problem.fr);
    QVERIFY2(message.contains(QStringLiteral("clé")), qPrintable(message));
    QVERIFY2(QString::fromStdString(problem.en).contains(QStringLiteral("API key")),
             problem.en.c_str());
    QVERIFY(!message.contains(wrongKey));
    QVERIFY(!QString::fromStdString(problem.en).contains(wrongKey));
    QVERIFY(!service.status().details(QStringLiteral("fr")).contains(wrongKey));
    QCOMPARE(service.status().source, service::ScoringStatus::Source::Offline);
}

void RemoteScoringTest::statusSaysOfflineAfterTheServerStops()
{
    MainWindow window;
    service::ScoringService service(remoteConfig(service::ScoringMode::RemoteOnly));
    AdvisorController controller(window, service);
    QVERIFY(openFixturePortfolio(controller));
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    QSignalSpy failed(&controller, &AdvisorController::clientFailed);
    window.finder()->selectClient(
        window.finder()->model()->index(1, 0).data(PortfolioModel::ClientIdRole).toLongLong());
    QVERIFY(shown.wait(15000));

    m_server.stop();
    QVERIFY(!m_server.running());

    window.finder()->selectClient(
        window.finder()->model()->index(2, 0).data(PortfolioModel::ClientIdRole).toLongLong());
    QVERIFY(failed.wait(15000));
    QCOMPARE(service.status().source, service::ScoringStatus::Source::Offline);
    QCOMPARE(window.scoringSourceLabel()->text(), QStringLiteral("Source du score : Hors ligne"));
    QVERIFY(
        service.status().details(QStringLiteral("fr")).contains(QStringLiteral("ne répond pas")));
    QVERIFY(
        service.status().details(QStringLiteral("en")).contains(QStringLiteral("does not answer")));
    QVERIFY(!window.gauge()->hasScore());
}

QTEST_MAIN(RemoteScoringTest)
#include "RemoteScoringTest.moc"
