// The storage suite: every test runs on SQLite (test_records_sqlite) and on a real PostgreSQL
// (test_records_postgres), so both backends are held to the same behaviour.
#include "RecordsTestDatabase.h"
#include "records/DecisionChain.h"
#include "records/DocumentCompression.h"
#include "records/Records.h"
#include "records/RecordsError.h"
#include "records/SchemaMigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>

#include <atomic>
#include <catch2/catch.hpp>
#include <cmath>

using namespace credit::records;
using credit::testing::executeBypassingProgram;
using credit::testing::freshDatabaseUrl;

namespace {

ClientFile sampleFile(long long id, const QString& contract, double credit)
{
    ClientFile file;
    file.summary.id = id;
    file.summary.origin = QStringLiteral("train");
    file.summary.categories[0] = contract;
    file.summary.numbers.fill(std::nan(""));
    file.summary.numbers[3] = credit; // AMT_CREDIT
    file.recordJson = QStringLiteral(R"({"SK_ID_CURR": %1, "AMT_CREDIT": %2, "bureau": []})")
                          .arg(id)
                          .arg(credit)
                          .toUtf8();
    return file;
}

// A scenario of client 42 (sampleFile(42, ...)): a lower credit amount.
ScenarioRecord lowerAmountOf42()
{
    return {0,
            42,
            QStringLiteral("Lower amount"),
            QStringLiteral(R"({"AMT_CREDIT": 500})"),
            QStringLiteral(R"({"SK_ID_CURR": 42, "AMT_CREDIT": 500})"),
            QStringLiteral("a.martin"),
            QStringLiteral("2026-12-06T10:00:00.000Z")};
}

DecisionDraft sampleDraft(long long client, const QString& decision, const QString& model,
                          const QString& justification = {})
{
    DecisionDraft draft;
    draft.clientId = client;
    draft.decision = decision;
    draft.modelDecision = model;
    draft.justification = justification;
    draft.modelVersion = QStringLiteral("demo-1.0");
    draft.probability = 0.123456789;
    draft.threshold = 0.42;
    draft.inputHash = QString(64, QLatin1Char('a'));
    draft.recordedAt = QStringLiteral("2026-12-06T10:00:00.000Z");
    draft.principalId = QStringLiteral("a.martin");
    draft.principalRole = QStringLiteral("advisor");
    return draft;
}

} // namespace

TEST_CASE("Opening a database applies every migration once and refuses a newer schema")
{
    const auto url = freshDatabaseUrl();
    {
        auto records = Records::open(url);
        CHECK(records.database->schemaVersion() == latestSchemaVersion());
    }
    {
        auto again = Records::open(url); // nothing left to apply: no error, same version
        CHECK(again.database->schemaVersion() == latestSchemaVersion());
        auto connection = again.database->connection();
        again.database->run(connection,
                            QStringLiteral("INSERT INTO schema_migrations VALUES (?, ?, ?)"),
                            {latestSchemaVersion() + 1, QStringLiteral("from the future"),
                             QStringLiteral("2030-01-01T00:00:00Z")});
    }
    try {
        Records::open(url);
        FAIL("a newer schema must be refused");
    } catch (const SchemaTooNew& error) {
        CHECK_THAT(error.what(), Catch::Contains("newer than this program"));
        CHECK_THAT(error.what(), Catch::Contains("upgrade credit-scoring"));
    }
}

TEST_CASE("Client files are stored whole, replaced whole and read back by id")
{
    auto records = Records::open(freshDatabaseUrl());
    const std::vector<ClientFile> files{sampleFile(100002, QStringLiteral("Cash loans"), 406597.5),
                                        sampleFile(100003, QStringLiteral("Revolving loans"), 1e6)};
    records.clients->replaceClients(files);
    CHECK(records.clients->clientCount() == 2);
    const auto read = records.clients->client(100003);
    REQUIRE(read);
    CHECK(read->recordJson == files[1].recordJson);
    CHECK(read->summary.categories[0] == QStringLiteral("Revolving loans"));
    CHECK(read->summary.numbers[3] == 1e6);
    CHECK(std::isnan(read->summary.numbers[0]));
    CHECK_FALSE(records.clients->client(999));

    const auto firstRevision = records.clients->summariesAfter(0).front().revision;
    records.clients->replaceClients(
        std::vector<ClientFile>{sampleFile(100003, QStringLiteral("Cash loans"), 5e5)});
    const auto changed = records.clients->summariesAfter(firstRevision);
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().id == 100003);
    CHECK(records.clients->client(100003)->summary.categories[0] == QStringLiteral("Cash loans"));
    CHECK(records.clients->clientCount() == 2);
}

namespace credit::testing {

void refuseClient(QSqlDatabase connection, bool postgreSql, long long id)
{
    const QStringList statements =
        postgreSql
            ? QStringList{QStringLiteral("CREATE FUNCTION refuse_client() RETURNS trigger AS $$ "
                                         "BEGIN IF NEW.client_id = %1 THEN RAISE EXCEPTION "
                                         "'client refused by the test'; END IF; RETURN NEW; END "
                                         "$$ LANGUAGE plpgsql")
                              .arg(id),
                          QStringLiteral("CREATE TRIGGER refuse_client BEFORE INSERT ON clients "
                                         "FOR EACH ROW EXECUTE FUNCTION refuse_client()")}
            : QStringList{QStringLiteral("CREATE TRIGGER refuse_client BEFORE INSERT ON clients "
                                         "WHEN NEW.client_id = %1 BEGIN SELECT RAISE(ABORT, "
                                         "'client refused by the test'); END")
                              .arg(id)};
    for (const auto& statement : statements) {
        QSqlQuery query(connection);
        if (!query.exec(statement))
            throw std::runtime_error("cannot make the database refuse a client: " +
                                     query.lastError().text().toStdString());
    }
}

} // namespace credit::testing

TEST_CASE("A batch that fails in its middle leaves every file and score as it was")
{
    auto records = Records::open(freshDatabaseUrl());
    // 250 files: written in several multi-row statements, the refused one in the second.
    std::vector<ClientFile> before;
    std::vector<ClientFile> after;
    for (long long id = 1; id <= 250; ++id) {
        before.push_back(sampleFile(id, QStringLiteral("Cash loans"), 1000.0 + id));
        after.push_back(sampleFile(id, QStringLiteral("Revolving loans"), 2000.0 + id));
    }
    records.clients->replaceClients(before);
    const auto revision = records.clients->client(10)->summary.revision;
    const std::vector<ClientScore> score{
        {10, QStringLiteral("m1"), revision, 0.25, QStringLiteral("grant")}};
    records.clients->storeScores(score);

    credit::testing::refuseClient(records.database->connection(), records.database->isPostgreSql(),
                                  150);
    CHECK_THROWS_AS(records.clients->replaceClients(after), RecordsError);
    CHECK(records.clients->clientCount() == 250);
    CHECK(records.clients->summariesAfter(revision).empty());
    for (const long long id : {1LL, 10LL, 100LL, 101LL, 149LL, 151LL, 250LL}) {
        CAPTURE(id);
        CHECK(records.clients->client(id)->recordJson == before[id - 1].recordJson);
    }
    // The first statement's scores were dropped, then the rollback brought them back.
    CHECK(records.clients->scores(QStringLiteral("m1")).size() == 1);

    // Without the refused client the same kind of batch goes through whole.
    after.erase(after.begin() + 149);
    records.clients->replaceClients(after);
    CHECK(records.clients->summariesAfter(revision).size() == 249);
    CHECK(records.clients->client(10)->recordJson == after[9].recordJson);
    CHECK(records.clients->scores(QStringLiteral("m1")).empty());
}

TEST_CASE("One batch may name a client twice: the last file wins")
{
    auto records = Records::open(freshDatabaseUrl());
    const std::vector<ClientFile> files{sampleFile(5, QStringLiteral("Cash loans"), 1),
                                        sampleFile(6, QStringLiteral("Cash loans"), 2),
                                        sampleFile(5, QStringLiteral("Revolving loans"), 3)};
    records.clients->replaceClients(files);
    CHECK(records.clients->clientCount() == 2);
    CHECK(records.clients->client(5)->recordJson == files[2].recordJson);
}

TEST_CASE("Documents are stored as zstd frames; zlib documents of earlier versions still read")
{
    const auto json = QByteArrayLiteral(R"({"SK_ID_CURR": 42, "bureau": [{"A": 1}, {"A": 1}]})");
    const auto stored = compressDocument(json);
    CHECK(stored.startsWith(QByteArray::fromHex("28b52ffd"))); // the zstd frame magic
    CHECK(decompressDocument(stored) == json);
    CHECK(decompressDocument(qCompress(json, 6)) == json);
    CHECK(decompressDocument(QByteArrayLiteral("neither zstd nor zlib")).isEmpty());

    // A row as an earlier version wrote it (qCompress) reads back through the repository.
    auto records = Records::open(freshDatabaseUrl());
    records.database->inTransaction([&](QSqlDatabase& connection) {
        records.database->run(connection,
                              QStringLiteral("INSERT INTO clients (client_id, origin, revision, "
                                             "updated_at, document) VALUES (?, ?, ?, ?, ?)"),
                              {42, QStringLiteral("train"), 1,
                               QStringLiteral("2026-12-01T00:00:00.000Z"), qCompress(json, 6)},
                              "store an earlier version's row");
    });
    REQUIRE(records.clients->client(42));
    CHECK(records.clients->client(42)->recordJson == json);
}

TEST_CASE("New applications take ids from the reserved range, one after the other")
{
    auto records = Records::open(freshDatabaseUrl());
    const auto build = [](long long id) { return sampleFile(id, QStringLiteral("Cash loans"), 1); };
    const auto first = records.clients->addApplication(build).id;
    const auto second = records.clients->addApplication(build).id;
    CHECK(first >= kFirstApplicationId);
    CHECK(second == first + 1);
    REQUIRE(records.clients->client(second));
    CHECK(records.clients->client(second)->summary.id == second);
}

TEST_CASE("A creation resent with its idempotency key gives back the first one, never a copy")
{
    auto records = Records::open(freshDatabaseUrl());
    int built = 0;
    const auto build = [&built](long long id) {
        ++built;
        return sampleFile(id, QStringLiteral("Cash loans"), 1);
    };
    const IdempotencyKey key{QStringLiteral("a.martin"), QStringLiteral("k-1"),
                             QStringLiteral("hash-of-the-body")};
    const auto created = records.clients->addApplication(build, key);
    CHECK_FALSE(created.replayed);
    const auto resent = records.clients->addApplication(build, key);
    CHECK(resent.replayed);
    CHECK(resent.id == created.id);
    CHECK(built == 1);
    const auto before = records.clients->clientCount();
    // Another principal's identical key is theirs: a new application.
    const IdempotencyKey someoneElse{QStringLiteral("b.durand"), key.key, key.requestHash};
    CHECK_FALSE(records.clients->addApplication(build, someoneElse).replayed);
    CHECK(records.clients->clientCount() == before + 1);
    // The same key with another request is a conflict, and writes nothing.
    const IdempotencyKey reused{key.principalId, key.key, QStringLiteral("another body")};
    CHECK_THROWS_AS(records.clients->addApplication(build, reused), RecordConflict);
    CHECK(records.clients->clientCount() == before + 1);

    records.clients->replaceClients(
        std::vector<ClientFile>{sampleFile(42, QStringLiteral("Cash loans"), 1000)});
    const ScenarioRecord scenario = lowerAmountOf42();
    // Keys are per kind: the application's key does not replay a scenario.
    const auto stored = records.scenarios->add(scenario, key);
    CHECK_FALSE(stored.replayed);
    const auto again = records.scenarios->add(scenario, key);
    CHECK(again.replayed);
    CHECK(again.id == stored.id);
    CHECK(records.scenarios->forClient(42).size() == 1);
    CHECK_THROWS_AS(records.scenarios->add(scenario, reused), RecordConflict);
    CHECK(records.scenarios->forClient(42).size() == 1);
}

TEST_CASE("A score is kept only while the file it was computed from is unchanged")
{
    auto records = Records::open(freshDatabaseUrl());
    records.clients->replaceClients(
        std::vector<ClientFile>{sampleFile(7, QStringLiteral("Cash loans"), 1)});
    const auto revision = records.clients->client(7)->summary.revision;
    const std::vector<ClientScore> scores{
        {7, QStringLiteral("m1"), revision, 0.25, QStringLiteral("grant")},
        {7, QStringLiteral("m1"), revision + 99, 0.9, QStringLiteral("refuse")}};
    records.clients->storeScores(std::span(scores).first(1));
    REQUIRE(records.clients->scores(QStringLiteral("m1")).size() == 1);
    CHECK(records.clients->scores(QStringLiteral("m1")).front().probability == 0.25);
    CHECK(records.clients->scores(QStringLiteral("m2")).empty());
    // A score for a revision the file never had is not stored.
    records.clients->storeScores(std::span(scores).last(1));
    CHECK(records.clients->scores(QStringLiteral("m1")).front().probability == 0.25);
    // Replacing the file drops its score.
    records.clients->replaceClients(
        std::vector<ClientFile>{sampleFile(7, QStringLiteral("Cash loans"), 2)});
    CHECK(records.clients->scores(QStringLiteral("m1")).empty());
}

TEST_CASE("Decisions form one hash chain; the server's override flag and justification rule hold")
{
    auto records = Records::open(freshDatabaseUrl());
    const auto first = records.decisions->append(
        sampleDraft(1, QStringLiteral("grant"), QStringLiteral("grant")), std::nullopt);
    CHECK_FALSE(first.replayed);
    CHECK(first.record.sequence == 1);
    CHECK(first.record.previousHash == kGenesisHash);
    CHECK_FALSE(first.record.override);
    const auto second = records.decisions->append(
        sampleDraft(2, QStringLiteral("grant"), QStringLiteral("refuse"),
                    QStringLiteral("Stable job since 2010, guarantor signed")),
        std::nullopt);
    CHECK(second.record.override);
    CHECK(second.record.sequence == 2);
    CHECK(second.record.previousHash == first.record.recordHash);
    CHECK(second.record.recordHash == decisionHash(second.record));

    CHECK_THROWS_AS(
        records.decisions->append(
            sampleDraft(3, QStringLiteral("grant"), QStringLiteral("refuse"), "  "), std::nullopt),
        InvalidRecord);
    CHECK_THROWS_AS(
        records.decisions->append(sampleDraft(3, QStringLiteral("maybe"), QStringLiteral("refuse")),
                                  std::nullopt),
        InvalidRecord);
    CHECK(records.decisions->list(false, {}, 0, 100).size() == 2);
    const auto overrides = records.decisions->list(true, {}, 0, 100);
    REQUIRE(overrides.size() == 1);
    CHECK(overrides.front().clientId == 2);
    CHECK(records.decisions->list(false, QStringLiteral("2027-01-01"), 0, 100).empty());
    CHECK(records.decisions->forClient(2).size() == 1);
    CHECK(records.decisions->verify().intact());
    CHECK(records.decisions->verify().checked == 2);
}

TEST_CASE("An idempotency key replays the first decision and refuses another body")
{
    auto records = Records::open(freshDatabaseUrl());
    const IdempotencyKey key{QStringLiteral("a.martin"), QStringLiteral("key-1"),
                             QStringLiteral("hash-of-body-1")};
    const auto draft = sampleDraft(5, QStringLiteral("refuse"), QStringLiteral("refuse"));
    const auto first = records.decisions->append(draft, key);
    auto later = draft;
    later.recordedAt = QStringLiteral("2026-12-06T10:05:00.000Z");
    const auto replay = records.decisions->append(later, key);
    CHECK(replay.replayed);
    CHECK(replay.record.sequence == first.record.sequence);
    CHECK(replay.record.recordHash == first.record.recordHash);
    CHECK(records.decisions->list(false, {}, 0, 10).size() == 1);

    auto otherBody = key;
    otherBody.requestHash = QStringLiteral("hash-of-body-2");
    CHECK_THROWS_AS(records.decisions->append(draft, otherBody), RecordConflict);
    // The same key from another principal is that principal's own key.
    auto otherPrincipal = key;
    otherPrincipal.principalId = QStringLiteral("b.durand");
    CHECK_FALSE(records.decisions->append(draft, otherPrincipal).replayed);
}

TEST_CASE("The database itself refuses to update or delete a decision")
{
    auto records = Records::open(freshDatabaseUrl());
    records.decisions->append(sampleDraft(1, QStringLiteral("grant"), QStringLiteral("grant")),
                              std::nullopt);
    auto connection = records.database->connection();
    QSqlQuery update(connection);
    CHECK_FALSE(update.exec(QStringLiteral("UPDATE decisions SET decision = 'refuse'")));
    CHECK(update.lastError().text().contains(QStringLiteral("append-only")));
    QSqlQuery erase(connection);
    CHECK_FALSE(erase.exec(QStringLiteral("DELETE FROM decisions")));
    CHECK(erase.lastError().text().contains(QStringLiteral("append-only")));
    CHECK(records.decisions->list(false, {}, 0, 10).front().decision == QStringLiteral("grant"));
}

TEST_CASE("Verification names the first record altered by someone who bypassed the guard")
{
    const auto url = freshDatabaseUrl();
    {
        auto records = Records::open(url);
        for (int client = 1; client <= 4; ++client)
            records.decisions->append(
                sampleDraft(client, QStringLiteral("grant"), QStringLiteral("grant")),
                std::nullopt);
    }
    // The intruder drops the trigger, rewrites record 3 and puts the trigger back.
    if (credit::testing::backendName() == QLatin1String("sqlite"))
        executeBypassingProgram(
            url, QStringLiteral("DROP TRIGGER decisions_no_update; UPDATE decisions SET "
                                "justification = 'edited' WHERE sequence = 3;"));
    else
        executeBypassingProgram(
            url, QStringLiteral("ALTER TABLE decisions DISABLE TRIGGER decisions_no_update; "
                                "UPDATE decisions SET justification = 'edited' WHERE sequence = "
                                "3; ALTER TABLE decisions ENABLE TRIGGER decisions_no_update;"));
    auto records = Records::open(url);
    const auto verification = records.decisions->verify();
    CHECK_FALSE(verification.intact());
    REQUIRE(verification.firstBroken);
    CHECK(*verification.firstBroken == 3);
    CHECK(verification.checked == 2);
    CHECK(verification.reason.contains(QStringLiteral("altered")));
}

TEST_CASE("Scenarios are stored beside the client's untouched file")
{
    auto records = Records::open(freshDatabaseUrl());
    records.clients->replaceClients(
        std::vector<ClientFile>{sampleFile(42, QStringLiteral("Cash loans"), 1000)});
    const ScenarioRecord scenario = lowerAmountOf42();
    const auto id = records.scenarios->add(scenario).id;
    CHECK(id > 0);
    const auto stored = records.scenarios->scenario(id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Lower amount"));
    CHECK(stored->recordJson == scenario.recordJson);
    CHECK(records.scenarios->forClient(42).size() == 1);
    CHECK(records.scenarios->forClient(43).empty());
    CHECK(records.clients->client(42)->recordJson.contains("1000"));
}

TEST_CASE("Appends from many pool threads, one connection each, keep one unbroken chain")
{
    auto records = Records::open(freshDatabaseUrl());
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    std::atomic<int> failures{0};
    for (int i = 0; i < 40; ++i)
        pool.start([&records, &failures, i] {
            try {
                records.decisions->append(
                    sampleDraft(i, QStringLiteral("refuse"), QStringLiteral("refuse")),
                    std::nullopt);
            } catch (const std::exception&) {
                ++failures;
            }
        });
    pool.waitForDone();
    CHECK(failures == 0);
    const auto verification = records.decisions->verify();
    CHECK(verification.intact());
    CHECK(verification.checked == 40);
}

TEST_CASE("Database URLs")
{
    const auto sqlite = DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/credit/records.db"));
    CHECK(sqlite.backend == Backend::Sqlite);
    CHECK(sqlite.path == QStringLiteral("/var/lib/credit/records.db"));
    const auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://credit@db.internal:6432/bank"));
    CHECK(pg.backend == Backend::PostgreSql);
    CHECK(pg.user == QStringLiteral("credit"));
    CHECK(pg.host == QStringLiteral("db.internal"));
    CHECK(pg.port == 6432);
    CHECK(pg.database == QStringLiteral("bank"));
    CHECK(DatabaseUrl::parse(QStringLiteral("postgresql://u@h/db")).port == 5432);
    CHECK_THROWS_WITH(DatabaseUrl::parse(QStringLiteral("postgresql://u:secret@h/db")),
                      Catch::Contains("PGPASSWORD"));
    CHECK_THROWS_WITH(DatabaseUrl::parse(QStringLiteral("mysql://h/db")),
                      Catch::Contains("expected sqlite:PATH"));
    CHECK_THROWS_WITH(DatabaseUrl::parse(QStringLiteral("postgresql://u@h")),
                      Catch::Contains("no database name"));
    CHECK_THROWS(DatabaseUrl::parse(QStringLiteral("sqlite:")));
}
