#include "store/LocalStore.h"

#include "store/StoreError.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using credit::store::DecisionEntry;
using credit::store::LocalStore;
using credit::store::StoredScenario;
using credit::store::StoreError;

namespace {

DecisionEntry modelDecision(const QString& advisorDecision, const QString& justification = {})
{
    DecisionEntry entry;
    entry.clientId = QStringLiteral("100002");
    entry.modelVersion = QStringLiteral("2026.11-test");
    entry.probability = 0.31;
    entry.threshold = 0.071;
    entry.modelDecision = QStringLiteral("refuse");
    entry.advisorDecision = advisorDecision;
    entry.justification = justification;
    entry.reasons = {QStringLiteral("Score externe n°3 bas"),
                     QStringLiteral("Crédit élevé, \"x\"")};
    return entry;
}

} // namespace

TEST_CASE("A saved scenario reads back identically", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("nested/store.sqlite"));
    StoredScenario scenario;
    scenario.name = QStringLiteral("Crédit réduit");
    scenario.clientId = QStringLiteral("100002");
    scenario.originalJson = QStringLiteral(R"({"SK_ID_CURR":100002,"AMT_CREDIT":500000})");
    scenario.editsJson = QStringLiteral(R"({"AMT_CREDIT":420000})");
    scenario.probability = 0.0612345678901234;
    qint64 id = 0;
    {
        LocalStore store(path);
        id = store.saveScenario(scenario);
    }
    LocalStore reopened(path); // a new session sees what the previous one saved
    const auto read = reopened.scenario(id);
    REQUIRE(read);
    CHECK(read->name == scenario.name);
    CHECK(read->originalJson == scenario.originalJson);
    CHECK(read->editsJson == scenario.editsJson);
    CHECK(read->probability == scenario.probability);
    CHECK_FALSE(read->createdAt.isEmpty());
    CHECK(reopened.scenarios().size() == 1);
    CHECK_FALSE(reopened.scenario(id + 1));
}

TEST_CASE("Applications are stored and listed newest first", "[store]")
{
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    store.saveApplication({0, QStringLiteral("first"), QStringLiteral("{}"), 0.1, {}});
    store.saveApplication({0, QStringLiteral("second"), QStringLiteral("{}"), 0.2, {}});
    const auto applications = store.applications();
    REQUIRE(applications.size() == 2);
    CHECK(applications[0].name == QStringLiteral("second"));
    CHECK(applications[1].probability == 0.1);
}

TEST_CASE("An override without a justification is refused", "[store]")
{
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    CHECK_THROWS_AS(store.recordDecision(modelDecision(QStringLiteral("grant"))), StoreError);
    CHECK_THROWS_AS(
        store.recordDecision(modelDecision(QStringLiteral("grant"), QStringLiteral("   "))),
        StoreError);
    CHECK(store.decisions().empty());
    // The database refuses it too, whatever program writes.
    CHECK_THROWS_AS(
        store.executeRaw(QStringLiteral(
            "INSERT INTO decisions (recorded_at, user_name, client_id, model_version, "
            "probability, threshold, model_decision, advisor_decision, justification, "
            "reasons_json) VALUES ('t','u','1','v',0.3,0.07,'refuse','grant','','[]')")),
        StoreError);

    store.recordDecision(modelDecision(QStringLiteral("refuse")));
    store.recordDecision(modelDecision(QStringLiteral("grant"), QStringLiteral("Garant solide")));
    const auto decisions = store.decisions();
    REQUIRE(decisions.size() == 2);
    CHECK_FALSE(decisions[0].overridesModel());
    CHECK(decisions[1].overridesModel());
    CHECK(decisions[1].justification == QStringLiteral("Garant solide"));
    CHECK_FALSE(decisions[1].user.isEmpty());
    CHECK_FALSE(decisions[1].recordedAt.isEmpty());
    CHECK(decisions[1].reasons == modelDecision(QStringLiteral("grant")).reasons);
    CHECK(decisions[1].threshold == 0.071);
}

TEST_CASE("Decisions cannot be updated or deleted", "[store]")
{
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    store.recordDecision(modelDecision(QStringLiteral("refuse")));
    CHECK_THROWS_WITH(
        store.executeRaw(QStringLiteral("UPDATE decisions SET advisor_decision = 'grant'")),
        Catch::Contains("append-only"));
    CHECK_THROWS_WITH(store.executeRaw(QStringLiteral("DELETE FROM decisions")),
                      Catch::Contains("append-only"));
    const auto decisions = store.decisions();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].advisorDecision == QStringLiteral("refuse"));
}

TEST_CASE("Decisions export as CSV with quoting", "[store]")
{
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    store.recordDecision(modelDecision(QStringLiteral("grant"), QStringLiteral("Revenu, vérifié")));
    const QString csvPath = folder.filePath(QStringLiteral("decisions.csv"));
    store.exportDecisionsCsv(csvPath);
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.startsWith(QStringLiteral("id,recorded_at,user,client_id")));
    CHECK(csv.contains(QStringLiteral("\"Revenu, vérifié\"")));
    CHECK(csv.contains(QStringLiteral("\"\"x\"\"")));
    CHECK(csv.contains(QStringLiteral(",refuse,grant,yes,")));
}

TEST_CASE("A corrupt database is kept as a backup and a new store is created", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("store.sqlite"));
    const QByteArray garbage(8192, 'x');
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    LocalStore store(path);
    REQUIRE(store.openReport().recoveredFromCorruption);
    CHECK(store.openReport().message.contains(store.openReport().backupPath));
    QFile backup(store.openReport().backupPath);
    REQUIRE(backup.open(QIODevice::ReadOnly));
    CHECK(backup.readAll() == garbage); // nothing lost: the unreadable bytes are intact
    store.recordDecision(modelDecision(QStringLiteral("refuse")));
    CHECK(store.decisions().size() == 1);
}

TEST_CASE("A locked database gives an error naming the file", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("store.sqlite"));
    LocalStore store(path);
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        CHECK_THROWS_WITH(store.recordDecision(modelDecision(QStringLiteral("refuse"))),
                          Catch::Contains("locked") && Catch::Contains(path.toStdString()));
        // The advisor reads it in French too, never the English sentence on a French screen.
        try {
            store.recordDecision(modelDecision(QStringLiteral("refuse")));
            FAIL("a locked store accepted a decision");
        } catch (const StoreError& error) {
            CHECK_THAT(error.text().fr,
                       Catch::Contains("verrouillé") && Catch::Contains(path.toStdString()));
            CHECK_THAT(error.text().en, Catch::Contains("locked"));
        }
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    store.recordDecision(modelDecision(QStringLiteral("refuse")));
    CHECK(store.decisions().size() == 1);
}
