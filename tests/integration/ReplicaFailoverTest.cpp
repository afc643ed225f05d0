// Failover: two replicas of the real server on one PostgreSQL (started by the test) behind a real
// HAProxy running the shipped configuration with a second `server` line, as docs/deployment.md
// describes for several replicas. Two workstations score and two record decisions through the
// proxy, retrying with the same Idempotency-Key as the app does, while one replica is killed with
// SIGKILL. Every scoring request eventually succeeds, every decision is recorded exactly once,
// and the audit chain the two replicas wrote together verifies.
#include "HaproxyProcess.h"
#include "HttpClient.h"
#include "RecordsBackend.h"
#include "RecordsServerFixture.h"
#include "ServerProcess.h"
#include "TrainedModel.h"

#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

using namespace credit::testing;
using nlohmann::json;

namespace {

const std::string kAdvisorKey = "failover-advisor-key-2e8b";
constexpr int kAttemptsPerRequest = 100; // 100 ms apart: 10 s, past HAProxy's health checks

int linesIn(const QString& path)
{
    std::ifstream in(path.toStdString());
    int count = 0;
    for (std::string line; std::getline(in, line);)
        count += line.empty() ? 0 : 1;
    return count;
}

struct Outcome {
    int finalStatus = 0;
    int attempts = 0;
};

// Sends `send` until it answers one of `accepted` or the attempts run out, as a workstation
// retries after a dropped connection or a 5xx.
template <typename Send> Outcome withRetries(Send send, std::initializer_list<int> accepted)
{
    Outcome outcome;
    for (outcome.attempts = 1; outcome.attempts <= kAttemptsPerRequest; ++outcome.attempts) {
        outcome.finalStatus = send().status;
        for (const int status : accepted)
            if (outcome.finalStatus == status)
                return outcome;
        QThread::msleep(100);
    }
    return outcome;
}

} // namespace

TEST_CASE("A replica killed mid-traffic behind HAProxy: every request eventually succeeds, every "
          "decision is recorded once, the chain verifies")
{
    skipWithoutHaproxy();
    auto& backend = recordsBackend();
    REQUIRE(backend.name() == QStringLiteral("postgresql")); // replicas share a server database
    const auto url = backend.freshDatabaseUrl();
    QTemporaryDir folder;
    const auto principals =
        writePrincipals(folder, {{"e.petit", "Emma Petit", "advisor", kAdvisorKey}});
    importTestPortfolio(url);

    const auto firstLog = folder.filePath(QStringLiteral("first-access.log"));
    const auto secondLog = folder.filePath(QStringLiteral("second-access.log"));
    auto first = startRecordsServer(url, principals, {QStringLiteral("--access-log"), firstLog});
    auto second = startRecordsServer(url, principals, {QStringLiteral("--access-log"), secondLog});
    for (const auto* replica : {first.get(), second.get()})
        REQUIRE(eventually(
            [&] { return httpRequest(replica->port(), "GET", "/ready").status == 200; }));

    // The shipped file ends with the backend section: one more `server` line adds the replica.
    HaproxyProcess haproxy(
        {{QStringLiteral("CREDIT_API_SERVER"), QStringLiteral("127.0.0.1:%1").arg(first->port())},
         {QStringLiteral("CREDIT_API_SERVER_2"),
          QStringLiteral("127.0.0.1:%1").arg(second->port())},
         {QStringLiteral("CREDIT_HAPROXY_REQUEST_TIMEOUT"), QStringLiteral("10s")},
         {QStringLiteral("CREDIT_HAPROXY_MAXCONN"), QStringLiteral("1000")},
         {QStringLiteral("CREDIT_API_SERVER_MAXCONN"), QStringLiteral("16")}},
        "    server api2 \"${CREDIT_API_SERVER_2}\" check inter 2s maxconn "
        "\"${CREDIT_API_SERVER_MAXCONN}\"");
    REQUIRE(haproxy.waitUntilAnswering("/ready"));
    const auto proxy = haproxy.port();

    // Bounded traffic: two scoring workstations, two recording one decision per client.
    const auto& ids = trainedModel().portfolio.applications.column("SK_ID_CURR");
    std::vector<long long> clients;
    for (std::size_t row = 0; row < ids.size() && clients.size() < 300; ++row)
        clients.push_back(static_cast<long long>(ids.number(row)));
    constexpr std::size_t kScoresPerWorkstation = 300;

    std::mutex lock;
    std::vector<Outcome> scores, decisions;
    std::atomic<int> completed{0};
    std::atomic<std::size_t> nextClient{0};
    auto scoringWorkstation = [&](std::size_t which) {
        for (std::size_t i = 0; i < kScoresPerWorkstation; ++i) {
            const auto body = applicationBody((which * kScoresPerWorkstation + i) % ids.size());
            const auto outcome =
                withRetries([&] { return postJson(proxy, "/v1/score", body, kApiKey); }, {200});
            ++completed;
            std::lock_guard guard(lock);
            scores.push_back(outcome);
        }
    };
    auto recordingWorkstation = [&] {
        for (;;) {
            const std::size_t index = nextClient++;
            if (index >= clients.size())
                return;
            const json body{{"decision", "grant"},
                            {"justification", "Income checked with the employer."}};
            const auto target = "/v1/clients/" + std::to_string(clients[index]) + "/decisions";
            const auto key = "failover-" + std::to_string(index);
            // 201 recorded; 200 a replay of a decision whose first answer was lost.
            const auto outcome = withRetries(
                [&] {
                    return httpRequest(proxy, "POST", target,
                                       {{"X-API-Key", kAdvisorKey},
                                        {"Content-Type", "application/json"},
                                        {"Idempotency-Key", key}},
                                       body.dump());
                },
                {200, 201});
            ++completed;
            std::lock_guard guard(lock);
            decisions.push_back(outcome);
        }
    };
    std::vector<std::thread> workstations;
    workstations.emplace_back(scoringWorkstation, 0);
    workstations.emplace_back(scoringWorkstation, 1);
    workstations.emplace_back(recordingWorkstation);
    workstations.emplace_back(recordingWorkstation);

    const int total = static_cast<int>(2 * kScoresPerWorkstation + clients.size());
    REQUIRE(eventually([&] { return completed >= total / 5; }));
    const int firstServedBeforeKill = linesIn(firstLog);
    const int secondServedBeforeKill = linesIn(secondLog);
    const int completedAtKill = completed;
    REQUIRE(first->kill()); // SIGKILL: requests in flight on it lose their connection
    for (auto& workstation : workstations)
        workstation.join();

    INFO("HAProxy log:\n" << haproxy.log());
    // The kill came mid-traffic, both replicas had served, and the survivor carried the rest.
    CHECK(completedAtKill < total);
    CHECK(firstServedBeforeKill > 0);
    CHECK(secondServedBeforeKill > 0);
    CHECK(linesIn(secondLog) > secondServedBeforeKill);
    int retried = 0;
    for (const auto& outcome : scores) {
        CHECK(outcome.finalStatus == 200);
        retried += outcome.attempts > 1;
    }
    for (const auto& outcome : decisions) {
        CHECK((outcome.finalStatus == 201 || outcome.finalStatus == 200));
        retried += outcome.attempts > 1;
    }
    CHECK(scores.size() == 2 * kScoresPerWorkstation);
    CHECK(decisions.size() == clients.size());
    WARN(total << " requests, " << completedAtKill << " done when a replica was killed, " << retried
               << " needed a retry by the workstation");

    // Exactly once: each client has one decision, read through the proxy from the survivor.
    for (const auto client : clients) {
        const auto listed =
            getWithKey(proxy, "/v1/clients/" + std::to_string(client) + "/decisions", kAdvisorKey);
        REQUIRE(listed.status == 200);
        INFO("client " << client);
        CHECK(listed.json()["decisions"].size() == 1);
    }
    QString audit;
    CHECK(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                  url},
                 &audit) == 0);
    INFO(audit.toStdString());
    CHECK(audit.contains(QStringLiteral("intact")));
}
