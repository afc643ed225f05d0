// The server as the system of record, end to end on a real database (SQLite, or a PostgreSQL
// the run starts): the real CLI imports the synthetic portfolio, the real server serves it with
// principals and roles; every records endpoint, idempotent replay and conflict, an override in
// the review queue, answers checked against /openapi.json, restart with nothing lost, chain
// verification after tampering, and (PostgreSQL) the database stopped and restarted under it.
#include "HttpClient.h"
#include "OpenApiSchemaChecker.h"
#include "RecordsBackend.h"
#include "RecordsServerFixture.h"
#include "ServerProcess.h"
#include "TrainedModel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <set>

using namespace credit::testing;
using nlohmann::json;

namespace {

const std::string kAdvisorKey = "advisor-key-4b7e";
const std::string kSupervisorKey = "supervisor-key-91d2";

QString writeAdvisorAndSupervisor(const QTemporaryDir& folder)
{
    return writePrincipals(folder, {{"a.martin", "Anne Martin", "advisor", kAdvisorKey},
                                    {"s.bernard", "Sophie Bernard", "supervisor", kSupervisorKey}});
}

HttpResponse get(std::uint16_t port, const std::string& target, const std::string& key)
{
    return getWithKey(port, target, key);
}

HttpResponse post(std::uint16_t port, const std::string& target, const json& body,
                  const std::string& key, const std::string& idempotencyKey = {})
{
    HeaderList headers{{"X-API-Key", key}, {"Content-Type", "application/json"}};
    if (!idempotencyKey.empty())
        headers.emplace_back("Idempotency-Key", idempotencyKey);
    return httpRequest(port, "POST", target, headers, body.dump());
}

// Every answer the scenario gets is checked against the document afterwards.
struct Conformance {
    json document;
    std::vector<std::tuple<std::string, std::string, HttpResponse>> seen;

    const HttpResponse& record(const std::string& method, const std::string& documentedPath,
                               const HttpResponse& response)
    {
        seen.emplace_back(method, documentedPath, response);
        return std::get<2>(seen.back());
    }

    void check() const
    {
        const SchemaChecker checker(document);
        for (const auto& [method, path, response] : seen) {
            INFO(method << " " << path << ": " << response.status << " "
                        << response.body.substr(0, 300));
            REQUIRE(document["paths"].contains(path));
            const auto& operation = document["paths"][path][method];
            const auto status = std::to_string(response.status);
            REQUIRE(operation["responses"].contains(status));
            const auto& documented = checker.resolve(operation["responses"][status]);
            auto mediaType = response.header("content-type");
            mediaType = mediaType.substr(0, mediaType.find(';'));
            REQUIRE(documented["content"].contains(mediaType));
            std::vector<std::string> problems;
            checker.check(documented["content"][mediaType]["schema"], response.json(), "body",
                          problems);
            INFO("schema problems: " << json(problems).dump());
            CHECK(problems.empty());
        }
    }
};

long long firstClientId()
{
    return static_cast<long long>(
        trainedModel().portfolio.applications.column("SK_ID_CURR").number(4));
}

} // namespace

TEST_CASE("The server is the system of record: import, roles, search, aggregates, decisions")
{
    auto& backend = recordsBackend();
    INFO("backend: " << backend.name().toStdString());
    const auto url = backend.freshDatabaseUrl();
    QTemporaryDir folder;
    const auto principals = writeAdvisorAndSupervisor(folder);

    // Import through the real CLI.
    const auto rejected = folder.filePath(QStringLiteral("rejected.csv"));
    const auto output = importTestPortfolio(url, {QStringLiteral("--rejected-report"), rejected});
    INFO(output.toStdString());
    CHECK(output.contains(QStringLiteral("Imported into")));
    CHECK(output.contains(QStringLiteral("Rejected rows:")));
    CHECK(QFile::exists(rejected));

    auto server = startRecordsServer(url, principals);
    auto port = server->port();
    REQUIRE(eventually([&] { return httpRequest(port, "GET", "/ready").status == 200; }));
    Conformance conformance;
    conformance.document = httpRequest(port, "GET", "/openapi.json").json();

    // Background scoring reaches every client; /health shows the progress.
    std::size_t total = 0;
    REQUIRE(eventually([&] {
        const auto health = httpRequest(port, "GET", "/health").json();
        total = health["scoring"]["total"].get<std::size_t>();
        return health["database"] == "ok" && total > 0 &&
               health["scoring"]["scored"] == health["scoring"]["total"];
    }));
    CHECK(total >= trainedModel().portfolio.applications.rowCount());
    conformance.record("get", "/ready", httpRequest(port, "GET", "/ready"));

    SECTION("Roles: service keeps today's endpoints, advisors the records, supervisors the queue")
    {
        const auto id = std::to_string(firstClientId());
        CHECK(get(port, "/v1/clients/" + id, kApiKey).status == 200);
        CHECK(conformance.record("get", "/v1/clients", get(port, "/v1/clients", kApiKey)).status ==
              403);
        CHECK(get(port, "/v1/clients", kAdvisorKey).status == 200);
        CHECK(httpRequest(port, "GET", "/v1/clients").status == 401);
        CHECK(conformance.record("get", "/v1/decisions", get(port, "/v1/decisions", kAdvisorKey))
                  .status == 403);
        CHECK(get(port, "/v1/decisions", kSupervisorKey).status == 200);
        CHECK(get(port, "/v1/population/distribution?variable=AMT_CREDIT", kApiKey).status == 403);
        CHECK(get(port, "/v1/population/distribution?variable=AMT_CREDIT", kSupervisorKey).status ==
              200);
        CHECK(post(port, "/v1/clients/" + id + "/decisions", {{"decision", "grant"}}, kApiKey)
                  .status == 403);
    }

    SECTION("Search pages with a keyset cursor, filters and sorts")
    {
        std::set<long long> seenIds;
        double previous = 2.0;
        std::string after;
        for (int page = 0; page < 4; ++page) {
            const auto response =
                conformance.record("get", "/v1/clients",
                                   get(port,
                                       "/v1/clients?limit=7&sort=-probability" +
                                           (after.empty() ? "" : "&after=" + after),
                                       kAdvisorKey));
            REQUIRE(response.status == 200);
            const auto body = response.json();
            REQUIRE(body["clients"].size() == 7);
            for (const auto& row : body["clients"]) {
                REQUIRE_FALSE(row["probability"].is_null());
                CHECK(row["probability"].get<double>() <= previous);
                previous = row["probability"].get<double>();
                CHECK(seenIds.insert(row["client_id"].get<long long>()).second);
            }
            REQUIRE(body["next"].is_string());
            after = body["next"].get<std::string>();
        }
        const auto prefix = std::to_string(firstClientId()).substr(0, 4);
        const auto byPrefix =
            get(port, "/v1/clients?limit=50&id_prefix=" + prefix, kAdvisorKey).json();
        CHECK_FALSE(byPrefix["clients"].empty());
        for (const auto& row : byPrefix["clients"])
            CHECK(std::to_string(row["client_id"].get<long long>()).rfind(prefix, 0) == 0);
        const auto refused =
            get(port, "/v1/clients?decision=refuse&sort=credit_amount", kAdvisorKey);
        REQUIRE(refused.status == 200);
        double credit = -1.0;
        const auto refusedRows = refused.json();
        for (const auto& row : refusedRows["clients"]) {
            CHECK(row["decision"] == "refuse");
            CHECK(row["credit_amount"].get<double>() >= credit);
            credit = row["credit_amount"].get<double>();
        }
        const auto cash =
            get(port, "/v1/clients?contract_type=Cash%20loans&sort=contract_type", kAdvisorKey)
                .json();
        CHECK_FALSE(cash["clients"].empty());
        for (const auto& row : cash["clients"])
            CHECK(row["contract_type"] == "Cash loans");
        CHECK(conformance
                  .record("get", "/v1/clients", get(port, "/v1/clients?sort=name", kAdvisorKey))
                  .status == 400);
        CHECK(get(port, "/v1/clients?after=garbage", kAdvisorKey).status == 400);
    }

    SECTION("Population aggregates suppress small cells and take only the fixed bands")
    {
        const auto all = conformance.record(
            "get", "/v1/population/distribution",
            get(port, "/v1/population/distribution?variable=AMT_CREDIT", kAdvisorKey));
        REQUIRE(all.status == 200);
        const auto body = all.json();
        CHECK(body["min_cell_count"] == 5);
        for (const auto& bin : body["bins"]) {
            if (bin["all"].contains("count")) {
                const auto count = bin["all"]["count"].get<long long>();
                CHECK((count == 0 || count >= 5));
            } else {
                CHECK(bin["all"]["suppressed"] == true);
            }
        }
        const auto group = conformance.record(
            "get", "/v1/population/distribution",
            get(port,
                "/v1/population/distribution?variable=NAME_EDUCATION_TYPE&gender=F&age_band=30-40&"
                "income_band=100000-200000",
                kAdvisorKey));
        REQUIRE(group.status == 200);
        CHECK(group.json()["filter"]["gender"] == "F");
        // One narrow group: its cells are either suppressed or at least 5.
        bool anySuppressed = false;
        const auto narrow =
            get(port,
                "/v1/population/distribution?variable=AMT_INCOME_TOTAL&gender=M&age_band=60-80&"
                "income_band=300000-1e12&housing=Office%20apartment",
                kAdvisorKey)
                .json();
        for (const auto& bin : narrow["bins"])
            anySuppressed = anySuppressed || bin["all"].contains("suppressed");
        CHECK((narrow["group_suppressed"] == true || anySuppressed ||
               narrow["clients"].contains("count")));
        CHECK(
            conformance
                .record("get", "/v1/population/distribution",
                        get(port, "/v1/population/distribution?variable=AMT_CREDIT&age_band=31-33",
                            kAdvisorKey))
                .status == 400);
        const auto density = conformance.record(
            "get", "/v1/population/density",
            get(port, "/v1/population/density?x=age_years&y=AMT_CREDIT&gender=F", kAdvisorKey));
        REQUIRE(density.status == 200);
        CHECK(density.json()["cells"].size() == 400);
        const auto densityBody = density.json();
        for (const auto& cell : densityBody["cells"])
            if (cell.contains("count"))
                CHECK((cell["count"] == 0 || cell["count"].get<long long>() >= 5));
    }

    SECTION("Applications, scenarios, decisions, replay, conflict, review queue, restart, audit")
    {
        // A new application gets a number no imported client can have.
        const auto created = conformance.record(
            "post", "/v1/applications",
            post(port, "/v1/applications", json::parse(applicationBody(4)), kAdvisorKey));
        REQUIRE(created.status == 201);
        const auto newId = created.json()["client_id"].get<long long>();
        CHECK(newId >= 900000000001LL);
        CHECK(created.header("location") == "/v1/applications/" + std::to_string(newId));
        CHECK(conformance
                  .record("get", "/v1/applications/{id}",
                          get(port, "/v1/applications/" + std::to_string(newId), kAdvisorKey))
                  .json()["client_id"] == newId);
        CHECK(conformance
                  .record("post", "/v1/applications",
                          post(port, "/v1/applications", {{"AMT_INCOME_TOTAL", -1}}, kAdvisorKey))
                  .status == 400);
        // A file with more history than one request may score is refused before it is stored:
        // every decision and the background scoring would pay for it again.
        auto oversized = json::parse(applicationBody(4));
        oversized["bureau"] = json::array();
        for (int row = 0; row <= 10000; ++row)
            oversized["bureau"].push_back({{"SK_ID_BUREAU", 5000000 + row}});
        const auto refused = post(port, "/v1/applications", oversized, kAdvisorKey);
        CHECK(refused.status == 413);
        CHECK(refused.json()["detail"].get<std::string>().find("10000") != std::string::npos);
        REQUIRE(eventually([&] {
            const auto rows =
                get(port, "/v1/clients?id_prefix=" + std::to_string(newId), kAdvisorKey).json();
            return rows["clients"].size() == 1;
        }));

        // A workstation resends a creation after a network cut with the same Idempotency-Key:
        // the server answers with what the first request stored and stores nothing more.
        const auto countClients = [&] {
            return get(port, "/v1/clients?limit=1", kAdvisorKey).json()["total_clients"];
        };
        const auto keyed =
            conformance.record("post", "/v1/applications",
                               post(port, "/v1/applications", json::parse(applicationBody(5)),
                                    kAdvisorKey, "app-resend-1"));
        REQUIRE(keyed.status == 201);
        const auto keyedId = keyed.json()["client_id"].get<long long>();
        REQUIRE(eventually([&] {
            return get(port, "/v1/clients?id_prefix=" + std::to_string(keyedId), kAdvisorKey)
                       .json()["clients"]
                       .size() == 1;
        }));
        const auto clientsAfterFirst = countClients();
        const auto resent =
            conformance.record("post", "/v1/applications",
                               post(port, "/v1/applications", json::parse(applicationBody(5)),
                                    kAdvisorKey, "app-resend-1"));
        CHECK(resent.status == 200);
        CHECK(resent.header("idempotent-replayed") == "true");
        CHECK(resent.json()["client_id"] == keyedId);
        CHECK(resent.json()["application"] == keyed.json()["application"]);
        CHECK(conformance
                  .record("post", "/v1/applications",
                          post(port, "/v1/applications", json::parse(applicationBody(6)),
                               kAdvisorKey, "app-resend-1"))
                  .status == 409);
        CHECK(countClients() == clientsAfterFirst);

        // A scenario edits a copy; the client's file stays as it was.
        const auto id = firstClientId();
        const auto clientPath = "/v1/clients/" + std::to_string(id);
        const auto before = get(port, clientPath, kAdvisorKey).json();
        const auto scenario = conformance.record(
            "post", "/v1/clients/{id}/scenarios",
            post(port, clientPath + "/scenarios",
                 {{"name", "Smaller loan"}, {"edits", {{"AMT_CREDIT", 50000.0}}}}, kAdvisorKey));
        REQUIRE(scenario.status == 201);
        const auto scenarioId = scenario.json()["scenario_id"].get<long long>();
        const json keyedEdit{{"name", "Longer term"}, {"edits", {{"AMT_ANNUITY", 9000.0}}}};
        const auto firstKeyed =
            post(port, clientPath + "/scenarios", keyedEdit, kAdvisorKey, "scenario-resend-1");
        REQUIRE(firstKeyed.status == 201);
        const auto replayedScenario = conformance.record(
            "post", "/v1/clients/{id}/scenarios",
            post(port, clientPath + "/scenarios", keyedEdit, kAdvisorKey, "scenario-resend-1"));
        CHECK(replayedScenario.status == 200);
        CHECK(replayedScenario.header("idempotent-replayed") == "true");
        CHECK(replayedScenario.json()["scenario_id"] == firstKeyed.json()["scenario_id"]);
        CHECK(conformance
                  .record("post", "/v1/clients/{id}/scenarios",
                          post(port, clientPath + "/scenarios",
                               {{"name", "Other"}, {"edits", {{"AMT_ANNUITY", 1.0}}}}, kAdvisorKey,
                               "scenario-resend-1"))
                  .status == 409);
        CHECK(scenario.json()["created_by"] == "a.martin");
        CHECK(conformance
                  .record("get", "/v1/clients/{id}/scenarios",
                          get(port, clientPath + "/scenarios", kAdvisorKey))
                  .json()["scenarios"]
                  .size() == 2);
        CHECK(get(port, clientPath, kAdvisorKey).json()["application"] == before["application"]);
        CHECK(post(port, clientPath + "/scenarios",
                   {{"name", "x"}, {"edits", {{"AMT_CREDIT", -5}}}}, kAdvisorKey)
                  .status == 400);

        // Decisions: the server sets override, the principal and the model's view.
        const auto model = before["score"]["decision"].get<std::string>();
        const auto other = model == "grant" ? std::string("refuse") : std::string("grant");
        const auto agreeing = conformance.record(
            "post", "/v1/clients/{id}/decisions",
            post(port, clientPath + "/decisions", {{"decision", model}}, kAdvisorKey));
        REQUIRE(agreeing.status == 201);
        CHECK(agreeing.json()["override"] == false);
        CHECK(agreeing.json()["principal"]["id"] == "a.martin");
        CHECK(agreeing.json()["model_decision"] == model);
        CHECK(conformance
                  .record("post", "/v1/clients/{id}/decisions",
                          post(port, clientPath + "/decisions", {{"decision", other}}, kAdvisorKey))
                  .status == 400);
        CHECK(post(port, clientPath + "/decisions",
                   {{"decision", model}, {"advisor", "someone else"}}, kAdvisorKey)
                  .status == 400);
        const json overrideBody{{"decision", other},
                                {"justification", "Guarantor signed; income verified."}};
        const auto overridden = conformance.record(
            "post", "/v1/clients/{id}/decisions",
            post(port, clientPath + "/decisions", overrideBody, kAdvisorKey, "retry-key-1"));
        REQUIRE(overridden.status == 201);
        CHECK(overridden.json()["override"] == true);
        const auto replay = conformance.record(
            "post", "/v1/clients/{id}/decisions",
            post(port, clientPath + "/decisions", overrideBody, kAdvisorKey, "retry-key-1"));
        CHECK(replay.status == 200);
        CHECK(replay.header("idempotent-replayed") == "true");
        CHECK(replay.json()["sequence"] == overridden.json()["sequence"]);
        CHECK(conformance
                  .record("post", "/v1/clients/{id}/decisions",
                          post(port, clientPath + "/decisions", {{"decision", model}}, kAdvisorKey,
                               "retry-key-1"))
                  .status == 409);
        const auto onScenario = post(port, clientPath + "/decisions",
                                     {{"decision", "grant"},
                                      {"justification", "Smaller loan agreed"},
                                      {"scenario_id", scenarioId}},
                                     kAdvisorKey);
        REQUIRE(onScenario.status == 201);
        CHECK(onScenario.json()["scenario_id"] == scenarioId);
        const auto listed = conformance.record("get", "/v1/clients/{id}/decisions",
                                               get(port, clientPath + "/decisions", kAdvisorKey));
        CHECK(listed.json()["decisions"].size() == 3);

        const auto queue = conformance.record(
            "get", "/v1/decisions", get(port, "/v1/decisions?override=true", kSupervisorKey));
        REQUIRE(queue.status == 200);
        bool found = false;
        const auto queueBody = queue.json();
        for (const auto& decision : queueBody["decisions"]) {
            CHECK(decision["override"] == true);
            found = found || decision["sequence"] == overridden.json()["sequence"];
        }
        CHECK(found);
        CHECK(get(port, "/v1/decisions?since=2999-01-01T00:00:00Z", kSupervisorKey)
                  .json()["decisions"]
                  .empty());

        // Restart: nothing is lost.
        CHECK(server->terminate() == 0);
        server = startRecordsServer(url, principals);
        port = server->port();
        REQUIRE(eventually([&] { return httpRequest(port, "GET", "/ready").status == 200; }));
        CHECK(get(port, clientPath + "/decisions", kAdvisorKey).json()["decisions"].size() == 3);
        CHECK(get(port, "/v1/applications/" + std::to_string(newId), kAdvisorKey).status == 200);

        // The database goes away under the server and comes back.
        if (backend.canStop()) {
            backend.stopDatabase();
            REQUIRE(eventually(
                [&] {
                    return httpRequest(port, "GET", "/health").json()["database"] == "unreachable";
                },
                30));
            CHECK(conformance.record("get", "/ready", httpRequest(port, "GET", "/ready")).status ==
                  503);
            const auto down =
                conformance.record("get", "/v1/clients/{id}", get(port, clientPath, kAdvisorKey));
            CHECK(down.status == 503);
            CHECK(
                post(port, clientPath + "/decisions", {{"decision", model}}, kAdvisorKey).status ==
                503);
            backend.startDatabase();
            REQUIRE(
                eventually([&] { return httpRequest(port, "GET", "/ready").status == 200; }, 60));
            CHECK(
                post(port, clientPath + "/decisions", {{"decision", model}}, kAdvisorKey).status ==
                201);
        }
        server->terminate();

        // The chain verifies, then someone who bypassed the guard alters decision 2.
        QString audit;
        CHECK(runCli({QStringLiteral("audit"), QStringLiteral("verify"),
                      QStringLiteral("--database"), url},
                     &audit) == 0);
        CHECK(audit.contains(QStringLiteral("intact")));
        if (backend.name() == QLatin1String("sqlite"))
            backend.executeBypassingProgram(
                url, QStringLiteral("DROP TRIGGER decisions_no_update; UPDATE decisions SET "
                                    "justification = 'rewritten' WHERE sequence = 2"));
        else
            backend.executeBypassingProgram(
                url, QStringLiteral("ALTER TABLE decisions DISABLE TRIGGER decisions_no_update; "
                                    "UPDATE decisions SET justification = 'rewritten' WHERE "
                                    "sequence = 2"));
        CHECK(runCli({QStringLiteral("audit"), QStringLiteral("verify"),
                      QStringLiteral("--database"), url},
                     &audit) == 3);
        INFO(audit.toStdString());
        CHECK(audit.contains(QStringLiteral("BROKEN at record 2")));
    }
    conformance.check();
}
