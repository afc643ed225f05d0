// The desktop app's server mode, below the widgets: its records client reads the real server
// (search, sorts, pages, a client's file with the server's score, the model) and its outbox sends
// decisions typed offline exactly once, with the server killed mid-traffic and restarted and the
// app's store reopened as after a crash. Runs on SQLite and on a PostgreSQL the run starts.
#include "service/RecordsClient.h"

#include "AppServerFixture.h"
#include "explain/ExplanationEngine.h"
#include "population/ComparisonVariable.h"
#include "population/Population.h"
#include "population/SimilarGroupBands.h"
#include "service/OutboxSender.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace credit;
using namespace credit::testing;
using nlohmann::json;

TEST_CASE("The app's records client reads the server: pages, sorts, filters, a file, the model")
{
    INFO("backend: " << recordsBackend().name().toStdString());
    auto server = importedServer();
    service::RecordsClient client;
    client.setSettings(settingsFor(server->process->port(), kAdvisorKey));

    SECTION("Every client once, in order, page after page")
    {
        service::ClientListQuery query;
        query.limit = 150;
        std::vector<long long> ids;
        long long total = 0;
        for (int page = 0; page < 1000; ++page) {
            const auto fetched = awaitAnswer<service::ClientPage>(
                [&](auto done) { client.listClients(query, &client, done); });
            const auto& answer = value(fetched);
            total = answer.totalClients;
            CHECK(static_cast<int>(answer.rows.size()) <= query.limit);
            for (const auto& row : answer.rows)
                ids.push_back(row.clientId);
            if (answer.next.isEmpty())
                break;
            query.after = answer.next;
        }
        CHECK(total >= static_cast<long long>(trainedModel().portfolio.applications.rowCount()));
        CHECK(static_cast<long long>(ids.size()) == total);
        CHECK(std::is_sorted(ids.begin(), ids.end()));
        CHECK(std::set<long long>(ids.begin(), ids.end()).size() == ids.size());
    }

    SECTION("Sorted by probability, filtered by decision and by an id prefix")
    {
        service::ClientListQuery query;
        query.limit = 100;
        query.sort = QStringLiteral("probability");
        query.descending = true;
        const auto first = awaitAnswer<service::ClientPage>(
            [&](auto done) { client.listClients(query, &client, done); });
        const auto& rows = value(first).rows;
        REQUIRE(rows.size() == 100);
        for (std::size_t i = 1; i < rows.size(); ++i)
            CHECK(rows[i - 1].probability.value_or(-1) >= rows[i].probability.value_or(-1));
        // The next page continues below the last probability of the first.
        query.after = value(first).next;
        const auto second = awaitAnswer<service::ClientPage>(
            [&](auto done) { client.listClients(query, &client, done); });
        REQUIRE_FALSE(value(second).rows.empty());
        CHECK(value(second).rows.front().probability.value_or(-1) <=
              rows.back().probability.value_or(-1));

        service::ClientListQuery refused;
        refused.decision = QStringLiteral("refuse");
        const auto refusals = awaitAnswer<service::ClientPage>(
            [&](auto done) { client.listClients(refused, &client, done); });
        REQUIRE_FALSE(value(refusals).rows.empty());
        for (const auto& row : value(refusals).rows)
            CHECK(row.decision == QStringLiteral("refuse"));

        const auto someId = QString::number(rows.front().clientId);
        service::ClientListQuery prefix;
        prefix.idPrefix = someId.left(someId.size() - 1);
        const auto matching = awaitAnswer<service::ClientPage>(
            [&](auto done) { client.listClients(prefix, &client, done); });
        REQUIRE_FALSE(value(matching).rows.empty());
        bool containsTheClient = false;
        for (const auto& row : value(matching).rows) {
            CHECK(QString::number(row.clientId).startsWith(prefix.idPrefix));
            containsTheClient = containsTheClient || row.clientId == rows.front().clientId;
        }
        CHECK(containsTheClient);
    }

    SECTION("A client's file and the server's score: the same number as in the list")
    {
        service::ClientListQuery query;
        query.limit = 5;
        const auto page = awaitAnswer<service::ClientPage>(
            [&](auto done) { client.listClients(query, &client, done); });
        const auto& row = value(page).rows.at(3);
        const auto file = awaitAnswer<service::ServerClientFile>(
            [&](auto done) { client.fetchClient(row.clientId, &client, done); });
        const auto& opened = value(file);
        CHECK(opened.clientId == row.clientId);
        REQUIRE(opened.record.applications.rowCount() == 1);
        CHECK(static_cast<long long>(opened.record.applications.column("SK_ID_CURR").number(0)) ==
              row.clientId);
        REQUIRE(row.probability);
        CHECK(opened.score.probability == Approx(*row.probability).margin(1e-9));
        CHECK_FALSE(opened.score.contributions.empty());
        CHECK(opened.score.modelVersion == value(page).modelVersion.toStdString());

        const auto model = awaitAnswer<service::ServerModelIdentity>(
            [&](auto done) { client.fetchModel(&client, done); });
        const auto local = explain::ExplanationEngine::open(trainedModel().bundle);
        CHECK(value(model).checksum.toStdString() == local->checksum());
        CHECK(value(model).version == value(page).modelVersion);
    }

    SECTION("The comparison's aggregates: the portfolio's counts, small ones hidden, never 0")
    {
        // The same counts computed here from the imported files (train and test applicants):
        // every count the server shows is right, and every count it hides is really between 1
        // and min_cell_count - 1. Categorical variables, whose bins are levels, compare directly.
        data::LoadOptions testFile;
        testFile.applicants = data::LoadOptions::Applicants::Test;
        const auto trainRows = data::HomeCreditDataset::load(trainedModel().dataFolder);
        const auto testRows = data::HomeCreditDataset::load(trainedModel().dataFolder, testFile);
        const population::Population train(trainRows.applications);
        const population::Population test(testRows.applications);
        population::GroupFilter older;
        older.ageYears =
            population::toRange(*population::findBand(population::ageBands(), "50-60"));
        population::GroupFilter tiny = older;
        tiny.income =
            population::toRange(*population::findBand(population::incomeBands(), "300000-1e12"));
        tiny.education = "Academic degree";
        int hiddenBins = 0, hiddenGroups = 0, shownBins = 0;
        for (const auto& [variableKey, group] :
             std::vector<std::pair<std::string, population::GroupFilter>>{
                 {"NAME_EDUCATION_TYPE", {}},
                 {"NAME_HOUSING_TYPE", older},
                 {"NAME_INCOME_TYPE", older},
                 {"NAME_HOUSING_TYPE", tiny}}) {
            INFO("variable " << variableKey);
            const auto fetched = awaitAnswer<service::ServerDistribution>(
                [&](auto done) { client.fetchDistribution(variableKey, group, &client, done); });
            const auto& answer = value(fetched);
            const auto* variable = population::findComparisonVariable(variableKey);
            std::map<std::string, double> expected;
            std::size_t groupSize = 0;
            for (const auto* part : {&train, &test}) {
                const auto rows = part->select(group);
                groupSize += rows.size();
                const auto counts = part->distribution(*variable, rows);
                for (std::size_t bin = 0; bin < counts.bins(); ++bin)
                    expected[counts.levels[bin]] += counts.all[bin];
            }
            CHECK(answer.minCellCount == 5);
            if (groupSize < 5) {
                CHECK(answer.groupSuppressed);
                CHECK(answer.distribution.bins() == 0);
                ++hiddenGroups;
                continue;
            }
            CHECK(answer.distribution.clients == groupSize);
            for (std::size_t bin = 0; bin < answer.distribution.bins(); ++bin) {
                const auto& level = answer.distribution.levels[bin];
                INFO("level " << level);
                if (answer.allSuppressed[bin]) {
                    CHECK(answer.distribution.all[bin] == 0.0);
                    CHECK(expected[level] >= 1);
                    CHECK(expected[level] <= 4);
                    ++hiddenBins;
                } else {
                    CHECK(answer.distribution.all[bin] == expected[level]);
                    ++shownBins;
                }
            }
        }
        CHECK(shownBins > 0);
        CHECK(hiddenBins > 0);
        CHECK(hiddenGroups > 0);

        const auto grid = awaitAnswer<service::ServerDensity>([&](auto done) {
            client.fetchDensity("age_years", "AMT_INCOME_TOTAL", older, &client, done);
        });
        const auto& density = value(grid);
        CHECK(density.counts.size() == (density.xEdges.size() - 1) * (density.yEdges.size() - 1));
        CHECK(density.countsSuppressed.size() == density.counts.size());
        double shown = 0.0;
        int hiddenCells = 0;
        for (std::size_t cell = 0; cell < density.counts.size(); ++cell) {
            shown += density.counts[cell];
            hiddenCells += density.countsSuppressed[cell] ? 1 : 0;
        }
        // The shown cells plus at most 4 per hidden cell account for every client placed.
        CHECK(shown <= density.points);
        CHECK(density.points <= shown + 4.0 * hiddenCells);
    }

    SECTION("Problems arrive worded, never as a Qt error string")
    {
        const auto unknown = awaitAnswer<service::ServerClientFile>(
            [&](auto done) { client.fetchClient(42, &client, done); });
        REQUIRE(std::holds_alternative<service::ApiProblem>(unknown));
        CHECK(std::get<service::ApiProblem>(unknown).kind == service::RemoteFailure::Rejected);
        CHECK(std::get<service::ApiProblem>(unknown).status == 404);

        service::RecordsClient stranger;
        stranger.setSettings(settingsFor(server->process->port(), "not-a-key"));
        const auto refused = awaitAnswer<service::ClientPage>(
            [&](auto done) { stranger.listClients({}, &stranger, done); });
        REQUIRE(std::holds_alternative<service::ApiProblem>(refused));
        CHECK(std::get<service::ApiProblem>(refused).kind == service::RemoteFailure::Unauthorized);
        CHECK_THAT(std::get<service::ApiProblem>(refused).text.fr, Catch::Contains("clé"));

        const auto queue = awaitAnswer<service::DecisionPage>([&](auto done) {
            client.fetchReviewQueue(true, {}, {}, 10, &client, done); // an advisor's key: 403
        });
        REQUIRE(std::holds_alternative<service::ApiProblem>(queue));
        CHECK(std::get<service::ApiProblem>(queue).kind == service::RemoteFailure::Unauthorized);
    }
}

TEST_CASE("Decisions typed while the server dies reach it exactly once after it comes back")
{
    INFO("backend: " << recordsBackend().name().toStdString());
    auto server = importedServer();
    QTemporaryDir workstation;
    const auto storePath = workstation.filePath(QStringLiteral("local-store.sqlite"));

    service::ClientListQuery query;
    query.limit = 40;
    service::RecordsClient client;
    client.setSettings(settingsFor(server->process->port(), kAdvisorKey));
    const auto page = awaitAnswer<service::ClientPage>(
        [&](auto done) { client.listClients(query, &client, done); });
    const auto& rows = value(page).rows;
    REQUIRE(rows.size() == 40);

    std::map<long long, QString> expected; // client -> decision typed
    {
        store::LocalStore store(storePath);
        store::Outbox outbox(store);
        for (const auto& row : rows) {
            // Every third decision goes against the model, with the justification it needs.
            const bool overrides = row.clientId % 3 == 0;
            const QString model = row.decision;
            const QString decided =
                overrides ? (model == QLatin1String("grant") ? QStringLiteral("refuse")
                                                             : QStringLiteral("grant"))
                          : model;
            const json body{{"decision", decided.toStdString()},
                            {"justification", overrides ? "Situation vérifiée en agence" : ""},
                            {"scenario_id", nullptr}};
            outbox.enqueue({QStringLiteral("decision"), QString::number(row.clientId),
                            QStringLiteral("/v1/clients/%1/decisions").arg(row.clientId),
                            QString::fromStdString(body.dump()),
                            QStringLiteral("Décision pour %1").arg(row.clientId)});
            expected[row.clientId] = decided;
        }

        service::OutboxSender sender(outbox, client);
        int sent = 0;
        int unreachable = 0;
        QObject::connect(&sender, &service::OutboxSender::entrySent, [&] { ++sent; });
        QObject::connect(&sender, &service::OutboxSender::serverUnreachable,
                         [&] { ++unreachable; });
        sender.sendPending();
        // Killed while requests are in flight: after the first few answers.
        REQUIRE(processEventsUntil([&] { return sent >= 5; }));
        REQUIRE(server->process->kill());
        REQUIRE(processEventsUntil([&] { return unreachable >= 1; }));
        CHECK(outbox.pendingCount() > 0);
        CHECK(outbox.pendingCount() < 40);
        for (const auto& entry : outbox.entries())
            CHECK(entry.state != QStringLiteral("rejected"));
        // The app is closed here, as after a crash: only the store remains.
    }

    server->start(); // the same database, a new process on a new port
    client.setSettings(settingsFor(server->process->port(), kAdvisorKey));
    store::LocalStore store(storePath);
    store::Outbox outbox(store);
    REQUIRE(outbox.pendingCount() > 0);
    service::OutboxSender sender(outbox, client);
    int rejected = 0;
    QObject::connect(&sender, &service::OutboxSender::entryRejected, [&] { ++rejected; });
    sender.sendPending();
    REQUIRE(processEventsUntil([&] { return !sender.sending() && outbox.pendingCount() == 0; }));
    CHECK(rejected == 0);

    // Exactly one decision per client on the server, the one typed.
    for (const auto& [clientId, decided] : expected) {
        const auto history = awaitAnswer<std::vector<service::ServerDecision>>(
            [&](auto done) { client.fetchDecisions(clientId, &client, done); });
        REQUIRE(value(history).size() == 1);
        CHECK(value(history).front().decision == decided);
        CHECK(value(history).front().principalId == QStringLiteral("a.martin"));
    }
    for (const auto& entry : outbox.entries())
        CHECK(entry.state == QStringLiteral("sent"));

    // The supervisor's queue lists the overrides.
    service::RecordsClient supervisor;
    supervisor.setSettings(settingsFor(server->process->port(), kSupervisorKey));
    const auto queue = awaitAnswer<service::DecisionPage>(
        [&](auto done) { supervisor.fetchReviewQueue(true, {}, {}, 200, &supervisor, done); });
    std::size_t overrides = 0;
    for (const auto& [clientId, decided] : expected)
        overrides += clientId % 3 == 0 ? 1 : 0;
    CHECK(value(queue).decisions.size() == overrides);
    for (const auto& decision : value(queue).decisions)
        CHECK(decision.overridesModel);

    QString audit;
    CHECK(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                  server->url},
                 &audit) == 0);
    CHECK(audit.contains(QStringLiteral("intact")));
}
