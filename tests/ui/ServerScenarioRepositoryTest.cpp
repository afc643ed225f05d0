// Server mode's scenario repository without a widget or a server: saving goes to the local
// outbox at once (the server may be unreachable), the saved list joins the server's scenarios
// with what waits or was refused, without listing a sent scenario twice, and entries open again
// with the file they edit.
#include "document/ServerScenarioRepository.h"

#include "common/LocalizedError.h"
#include "document/SavedScenarioListModel.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace credit;
using namespace credit::ui;

namespace {

const nlohmann::json kClient{{"SK_ID_CURR", 100002},
                             {"NAME_CONTRACT_TYPE", "Cash loans"},
                             {"AMT_INCOME_TOTAL", 202500.0},
                             {"AMT_CREDIT", 406597.5}};

service::ServerScenario serverScenario(qint64 id, const char* name, const char* edits)
{
    service::ServerScenario scenario;
    scenario.scenarioId = id;
    scenario.clientId = 100002;
    scenario.name = QString::fromLatin1(name);
    scenario.editsJson = QString::fromLatin1(edits);
    scenario.createdBy = QStringLiteral("a.martin");
    scenario.createdAt = QStringLiteral("2026-12-07T09:00:00Z");
    return scenario;
}

// A workstation's local store, its outbox and the repository over it, in a temporary folder.
struct Workstation {
    QTemporaryDir folder;
    store::LocalStore localStore{folder.filePath(QStringLiteral("store.sqlite"))};
    store::Outbox outbox{localStore};
    ServerScenarioRepository repository{outbox};
};

} // namespace

class ServerScenarioRepositoryTest : public QObject {
    Q_OBJECT
private slots:
    void savedScenarioWaitsThenAppearsOnceFromTheServer()
    {
        Workstation workstation;
        auto& outbox = workstation.outbox;
        auto& repository = workstation.repository;
        QSignalSpy queued(&repository, &ServerScenarioRepository::queued);
        repository.setServerScenarios(
            QStringLiteral("100002"), kClient,
            {serverScenario(3, "Other workstation", R"({"AMT_CREDIT": 1})")});

        SavedScenario typed;
        typed.kind = ScenarioKind::ClientScenario;
        typed.name = QStringLiteral("Smaller loan");
        typed.clientId = QStringLiteral("100002");
        typed.original = kClient;
        typed.edits = {{"AMT_CREDIT", 300000.0}, {"AMT_ANNUITY", nullptr}};
        const auto key = repository.save(typed);
        QCOMPARE(queued.size(), 1);
        QVERIFY(!key.onServer);

        // Written to the outbox exactly as the server expects it, with its idempotency key.
        const auto entry = outbox.entry(key.id);
        QVERIFY(entry && entry->pending());
        QCOMPARE(entry->request.route, QStringLiteral("/v1/clients/100002/scenarios"));
        const auto body = nlohmann::json::parse(entry->request.body.toStdString());
        QCOMPARE(body["name"], "Smaller loan");
        QCOMPARE(body["edits"]["AMT_CREDIT"], 300000.0);
        QVERIFY(body["edits"]["AMT_ANNUITY"].is_null());
        QVERIFY(!entry->idempotencyKey.isEmpty());

        SavedScenarioListModel list;
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setEntries(repository.list(ScenarioKind::ClientScenario, QStringLiteral("100002")));
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.index(0).data(SavedScenarioListModel::StateRole).toInt(),
                 static_cast<int>(SavedState::WaitingForServer));
        QVERIFY(list.index(0).data().toString().contains(QStringLiteral("en attente d'envoi")));
        QVERIFY(list.keyAt(1).onServer);
        QVERIFY(repository.list(ScenarioKind::ClientScenario, QStringLiteral("100003")).empty());

        // Waiting, it opens again with the client's file and the typed edits.
        const auto reopened = repository.load(key);
        QVERIFY(reopened);
        QCOMPARE(reopened->original, kClient);
        QCOMPARE(reopened->edits, typed.edits);

        // Sent: until the server's list is read again it is shown once, as stored...
        outbox.noteAttempt(key.id);
        outbox.markSent(key.id, QStringLiteral(R"({"scenario_id": 9, "client_id": 100002})"));
        auto entries = repository.list(ScenarioKind::ClientScenario, QStringLiteral("100002"));
        QCOMPARE(entries.size(), std::size_t{2});
        QCOMPARE(entries.front().state, SavedState::Stored);
        // ... and once the server lists it, only the server's line remains.
        repository.setServerScenarios(
            QStringLiteral("100002"), kClient,
            {serverScenario(3, "Other workstation", R"({"AMT_CREDIT": 1})"),
             serverScenario(9, "Smaller loan", R"({"AMT_CREDIT": 300000.0})")});
        entries = repository.list(ScenarioKind::ClientScenario, QStringLiteral("100002"));
        QCOMPARE(entries.size(), std::size_t{2});
        QVERIFY(entries.front().key.onServer);
        QCOMPARE(entries.front().key.id, qint64{9});
        const auto fromServer = repository.load(entries.front().key);
        QVERIFY(fromServer);
        QCOMPARE(fromServer->edits["AMT_CREDIT"], 300000.0);
        QCOMPARE(fromServer->original, kClient);
        QVERIFY(!repository.load({ScenarioKind::ClientScenario, 42, true}));
    }

    void newApplicationIsSentWithoutANumberAndNamedByTheServer()
    {
        Workstation workstation;
        auto& outbox = workstation.outbox;
        auto& repository = workstation.repository;
        SavedScenario application;
        application.kind = ScenarioKind::NewApplication;
        application.name = QStringLiteral("Demande Dupont");
        application.original = kClient;
        application.edits = {{"AMT_INCOME_TOTAL", 99000.0}};
        const auto key = repository.save(application);
        const auto entry = outbox.entry(key.id);
        QVERIFY(entry);
        QCOMPARE(entry->request.route, QStringLiteral("/v1/applications"));
        const auto body = nlohmann::json::parse(entry->request.body.toStdString());
        QVERIFY(!body.contains("SK_ID_CURR")); // the server numbers new files
        QCOMPARE(body["AMT_INCOME_TOTAL"], 99000.0);

        // Reopened as typed, edits applied.
        const auto reopened = repository.load(key);
        QVERIFY(reopened);
        QCOMPARE(reopened->original["AMT_INCOME_TOTAL"], 99000.0);
        QVERIFY(reopened->edits.empty());

        outbox.noteAttempt(key.id);
        outbox.markSent(key.id, QStringLiteral(R"({"client_id": 900000000004})"));
        auto entries = repository.list(ScenarioKind::NewApplication, {});
        QCOMPARE(entries.size(), std::size_t{1});
        QVERIFY(entries.front().name.contains(QStringLiteral("900000000004")));
        QCOMPARE(entries.front().state, SavedState::Stored);

        // A refused one stays listed, said to be refused.
        const auto refused = repository.save(application);
        outbox.noteAttempt(refused.id);
        outbox.markRejected(refused.id, QStringLiteral("AMT_INCOME_TOTAL: must be positive"));
        entries = repository.list(ScenarioKind::NewApplication, {});
        QCOMPARE(entries.size(), std::size_t{2});
        QCOMPARE(entries.front().state, SavedState::RefusedByServer);
    }

    void aWaitingScenarioOfAnotherClientSaysToOpenTheClient()
    {
        Workstation workstation;
        auto& outbox = workstation.outbox;
        auto& repository = workstation.repository;
        SavedScenario typed;
        typed.name = QStringLiteral("Other");
        typed.clientId = QStringLiteral("100005");
        typed.original = kClient;
        typed.edits = {{"AMT_CREDIT", 1000.0}};
        const auto key = repository.save(typed);
        try {
            repository.load(key);
            QFAIL("a waiting scenario cannot open without its client's file");
        } catch (const LocalizedError& error) {
            QVERIFY(QString::fromStdString(error.text().fr).contains(QStringLiteral("ouvrez")));
        }
    }
};

QTEST_MAIN(ServerScenarioRepositoryTest)
#include "ServerScenarioRepositoryTest.moc"
