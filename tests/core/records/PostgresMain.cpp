// Runs the storage suite on a real PostgreSQL started for the run (tests/support/PostgresCluster),
// plus what needs both backends: the same decisions hash the same in SQLite and PostgreSQL.
// Skips (exit 77) with the reason when the PostgreSQL server binaries are absent.
#define CATCH_CONFIG_RUNNER
#include "PostgresCluster.h"
#include "RecordsTestDatabase.h"
#include "records/Records.h"
#include "records/RecordsError.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <optional>

namespace {
std::optional<credit::testing::PostgresCluster> cluster;
int counter = 0;
} // namespace

namespace credit::testing {

QString freshDatabaseUrl()
{
    return cluster->createDatabase(QStringLiteral("suite_%1").arg(++counter));
}

QString backendName()
{
    return QStringLiteral("postgresql");
}

void executeBypassingProgram(const QString& url, const QString& sql)
{
    cluster->psql(url.section(QLatin1Char('/'), -1), sql);
}

} // namespace credit::testing

TEST_CASE("The same decisions get the same hashes in SQLite and PostgreSQL")
{
    using namespace credit::records;
    QTemporaryDir folder;
    auto sqlite = Records::open(QStringLiteral("sqlite:%1/same.sqlite").arg(folder.path()));
    auto postgres = Records::open(credit::testing::freshDatabaseUrl());
    const std::vector<std::tuple<QString, QString, QString, double>> decisions{
        {QStringLiteral("grant"), QStringLiteral("grant"), QString(), 0.1},
        {QStringLiteral("grant"), QStringLiteral("refuse"),
         QStringLiteral("Garant « solide », revenus stables — vérifiés\nligne 2"),
         0.6180339887498949},
        {QStringLiteral("refuse"), QStringLiteral("refuse"), QString(), 1.0 / 3.0},
    };
    long long client = 100001;
    for (const auto& [decision, model, justification, probability] : decisions) {
        DecisionDraft draft;
        draft.clientId = client++;
        draft.decision = decision;
        draft.modelDecision = model;
        draft.justification = justification;
        draft.modelVersion = QStringLiteral("demo-2026.12");
        draft.probability = probability;
        draft.threshold = 0.4321;
        draft.inputHash = QString(64, QLatin1Char('f'));
        draft.recordedAt = QStringLiteral("2026-12-06T12:34:56.789Z");
        draft.principalId = QStringLiteral("a.martin");
        draft.principalRole = QStringLiteral("advisor");
        const auto inSqlite = sqlite.decisions->append(draft, std::nullopt);
        const auto inPostgres = postgres.decisions->append(draft, std::nullopt);
        CHECK(inSqlite.record.recordHash == inPostgres.record.recordHash);
    }
    const auto fromSqlite = sqlite.decisions->list(false, {}, 0, 10);
    const auto fromPostgres = postgres.decisions->list(false, {}, 0, 10);
    REQUIRE(fromSqlite.size() == 3);
    REQUIRE(fromPostgres.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(fromSqlite[i].recordHash == fromPostgres[i].recordHash);
        CHECK(canonicalDecisionText(fromSqlite[i]) == canonicalDecisionText(fromPostgres[i]));
        CHECK(decisionHash(fromPostgres[i]) == fromPostgres[i].recordHash);
    }
    CHECK(sqlite.decisions->verify().intact());
    CHECK(postgres.decisions->verify().intact());
}

TEST_CASE("A stopped database is reported unreachable and used again once it is back")
{
    using namespace credit::records;
    auto records = Records::open(credit::testing::freshDatabaseUrl());
    CHECK(records.database->reachable());
    cluster->stop();
    CHECK_FALSE(records.database->reachable());
    CHECK_THROWS_AS(records.clients->clientCount(), DatabaseUnavailable);
    cluster->restart();
    CHECK(records.database->reachable());
    CHECK(records.clients->clientCount() == 0);
}

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (const auto reason = credit::testing::PostgresCluster::unavailableReason();
        !reason.isEmpty()) {
        std::fprintf(stderr, "SKIPPED: %s\n", qPrintable(reason));
        return 77;
    }
    try {
        cluster.emplace(credit::testing::PostgresCluster::start());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cannot start PostgreSQL for the suite: %s\n", error.what());
        return 1;
    }
    const int result = Catch::Session().run(argc, argv);
    cluster.reset();
    return result;
}
