#include "store/Outbox.h"

#include "store/DraftStore.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace credit::store;

namespace {

OutboxRequest decisionFor(const QString& clientId)
{
    return {QStringLiteral("decision"), clientId,
            QStringLiteral("/v1/clients/%1/decisions").arg(clientId),
            QStringLiteral(R"({"decision":"grant","justification":""})"),
            QStringLiteral("Décision : accorder, client %1").arg(clientId)};
}

} // namespace

TEST_CASE("A new store is at the current schema version with an outbox and drafts", "[store]")
{
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    CHECK(store.schemaVersion() == LocalStore::kCurrentSchemaVersion);
    Outbox outbox(store);
    CHECK(outbox.pendingCount() == 0);
    CHECK(outbox.entries().empty());
}

TEST_CASE("A store written before versions existed is upgraded and keeps its decisions", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    {
        // The version-1 layout as the previous release wrote it (no user_version, no outbox).
        auto database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        database.setDatabaseName(path);
        REQUIRE(database.open());
        QSqlQuery query(database);
        REQUIRE(query.exec(QStringLiteral(
            "CREATE TABLE decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, recorded_at TEXT NOT "
            "NULL, user_name TEXT NOT NULL, client_id TEXT NOT NULL, model_version TEXT NOT NULL, "
            "probability REAL NOT NULL, threshold REAL NOT NULL, model_decision TEXT NOT NULL, "
            "advisor_decision TEXT NOT NULL, justification TEXT NOT NULL, reasons_json TEXT NOT "
            "NULL)")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO decisions (recorded_at, user_name, client_id, model_version, probability, "
            "threshold, model_decision, advisor_decision, justification, reasons_json) VALUES "
            "('2026-11-30T10:00:00Z','a.martin','100002','v1',0.2,0.1,'refuse','refuse','','[]'"
            ")")));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    LocalStore store(path);
    CHECK(store.schemaVersion() == LocalStore::kCurrentSchemaVersion);
    REQUIRE(store.decisions().size() == 1);
    CHECK(store.decisions().front().clientId == QStringLiteral("100002"));
    // The append-only guard of the decisions stays after the upgrade.
    Outbox outbox(store);
    CHECK(outbox.enqueue(decisionFor(QStringLiteral("100002"))).pending());
}

TEST_CASE("A store from a newer app is refused and left unchanged", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("newer.sqlite"));
    {
        LocalStore store(path);
        store.executeRaw(QStringLiteral("PRAGMA user_version = 99"));
    }
    try {
        LocalStore store(path);
        FAIL("a store of schema 99 was opened");
    } catch (const StoreError& error) {
        const std::string message = error.what();
        CHECK_THAT(message, Catch::Contains("newer version"));
        CHECK_THAT(message, Catch::Contains(path.toStdString()));
    }
}

TEST_CASE("Outbox entries keep their order, key and body until settled", "[store]")
{
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    Outbox outbox(store);
    const auto first = outbox.enqueue(decisionFor(QStringLiteral("100002")));
    const auto second = outbox.enqueue(decisionFor(QStringLiteral("100003")));
    CHECK(first.idempotencyKey != second.idempotencyKey);
    CHECK(first.idempotencyKey.size() == 36);
    CHECK(first.createdBy.size() > 0);

    auto pending = outbox.pending();
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].id == first.id); // oldest first: sent in the order the advisor typed
    CHECK(pending[0].request.body == first.request.body);

    outbox.noteAttempt(first.id);
    outbox.noteProblem(first.id, QStringLiteral("server silent"));
    auto again = *outbox.entry(first.id);
    CHECK(again.pending());
    CHECK(again.attempts == 1);
    CHECK(again.problem == QStringLiteral("server silent"));
    CHECK(again.idempotencyKey == first.idempotencyKey);

    outbox.markSent(first.id, QStringLiteral(R"({"sequence":1})"));
    outbox.markRejected(second.id, QStringLiteral("Unknown client"));
    CHECK(outbox.pendingCount() == 0);
    CHECK(outbox.entry(first.id)->state == QStringLiteral("sent"));
    CHECK(outbox.entry(first.id)->answer == QStringLiteral(R"({"sequence":1})"));
    CHECK(outbox.entry(first.id)->problem.isEmpty());
    CHECK(outbox.entry(second.id)->state == QStringLiteral("rejected"));
    CHECK(outbox.entries().front().id == second.id); // newest first for the advisor's list

    // A late answer for a settled entry changes nothing.
    outbox.markRejected(first.id, QStringLiteral("late"));
    CHECK(outbox.entry(first.id)->state == QStringLiteral("sent"));
}

TEST_CASE("Outbox entries cannot be deleted or rewritten, even by hand", "[store]")
{
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    Outbox outbox(store);
    const auto entry = outbox.enqueue(decisionFor(QStringLiteral("100002")));
    CHECK_THROWS_AS(store.executeRaw(QStringLiteral("DELETE FROM outbox")), StoreError);
    CHECK_THROWS_AS(store.executeRaw(QStringLiteral("UPDATE outbox SET body = '{}'")), StoreError);
    CHECK_THROWS_AS(store.executeRaw(QStringLiteral("UPDATE outbox SET idempotency_key = 'x'")),
                    StoreError);
    outbox.markSent(entry.id, QStringLiteral("{}"));
    CHECK_THROWS_AS(store.executeRaw(QStringLiteral("UPDATE outbox SET state = 'pending'")),
                    StoreError);
    CHECK(outbox.entry(entry.id)->request.body == entry.request.body);
    CHECK(outbox.entry(entry.id)->state == QStringLiteral("sent"));
}

TEST_CASE("Outbox entries and drafts survive closing and reopening the store", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("store.sqlite"));
    QString key;
    {
        LocalStore store(path);
        key = Outbox(store).enqueue(decisionFor(QStringLiteral("100002"))).idempotencyKey;
        DraftStore(store).save(QStringLiteral("client:100002"),
                               QStringLiteral(R"({"AMT_CREDIT":420000})"));
    }
    LocalStore store(path);
    const auto pending = Outbox(store).pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending.front().idempotencyKey == key);
    DraftStore drafts(store);
    const auto draft = drafts.draft(QStringLiteral("client:100002"));
    REQUIRE(draft);
    CHECK(draft->formJson == QStringLiteral(R"({"AMT_CREDIT":420000})"));
    drafts.save(QStringLiteral("client:100002"), QStringLiteral(R"({"AMT_CREDIT":1})"));
    CHECK(drafts.draft(QStringLiteral("client:100002"))->formJson ==
          QStringLiteral(R"({"AMT_CREDIT":1})"));
    drafts.remove(QStringLiteral("client:100002"));
    CHECK_FALSE(drafts.draft(QStringLiteral("client:100002")));
    CHECK_FALSE(drafts.draft(QStringLiteral("application:new")));
}
