#pragma once

// What the app's server-mode tests share: the real server on a freshly imported database with an
// advisor and a supervisor, and waiting on the event loop for the records client's answers.
#include "HttpClient.h"
#include "RecordsBackend.h"
#include "RecordsServerFixture.h"
#include "ServerProcess.h"
#include "TrainedModel.h"
#include "service/RecordsClient.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <optional>

namespace credit::testing {

inline const std::string kAdvisorKey = "advisor-key-4b7e";
inline const std::string kSupervisorKey = "supervisor-key-91d2";

// Runs the event loop until `done` holds (the client's answers arrive on it); false after
// `seconds` (a failure to report, never a timing figure).
inline bool processEventsUntil(const std::function<bool()>& done, int seconds = 60)
{
    QEventLoop loop;
    QTimer tick;
    tick.start(20);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

// Calls `start(callback)` and waits for the callback's value.
template <typename T>
service::Fetched<T>
awaitAnswer(const std::function<void(std::function<void(service::Fetched<T>)>)>& start)
{
    std::optional<service::Fetched<T>> answer;
    start([&answer](service::Fetched<T> value) { answer = std::move(value); });
    REQUIRE(processEventsUntil([&] { return answer.has_value(); }));
    return std::move(*answer);
}

template <typename T> const T& value(const service::Fetched<T>& fetched)
{
    if (const auto* problem = std::get_if<service::ApiProblem>(&fetched))
        FAIL("the server answered a problem: " << problem->text.en);
    return std::get<T>(fetched);
}

inline service::RemoteSettings settingsFor(std::uint16_t port, const std::string& key)
{
    service::RemoteSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    settings.apiKey = QString::fromStdString(key);
    settings.language = QStringLiteral("fr");
    settings.timeoutMs = 5000;
    settings.retries = 1;
    settings.backoffMs = 50;
    return settings;
}

struct RunningServer {
    QString url;
    QTemporaryDir folder;
    QString principals;
    std::unique_ptr<ServerProcess> process;

    void start()
    {
        process = startRecordsServer(url, principals);
        const auto port = process->port();
        REQUIRE(eventually([&] { return httpRequest(port, "GET", "/ready").status == 200; }));
        REQUIRE(eventually([&] {
            const auto health = httpRequest(port, "GET", "/health").json();
            return health["scoring"]["total"].get<std::size_t>() > 0 &&
                   health["scoring"]["scored"] == health["scoring"]["total"];
        }));
    }
};

inline std::unique_ptr<RunningServer> importedServer()
{
    auto server = std::make_unique<RunningServer>();
    server->url = recordsBackend().freshDatabaseUrl();
    server->principals = writePrincipals(
        server->folder, {{"a.martin", "Anne Martin", "advisor", kAdvisorKey},
                         {"s.bernard", "Sophie Bernard", "supervisor", kSupervisorKey}});
    importTestPortfolio(server->url);
    server->start();
    return server;
}

} // namespace credit::testing
