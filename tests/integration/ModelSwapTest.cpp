// Hot model swap: the real server is sent SIGHUP under scoring load after its bundle file was
// replaced by another model's, then by a damaged file. No request fails; each answer names the
// model it was computed with; once a workstation has seen the new model it never gets the old
// one again; the damaged bundle is refused and the model before it keeps serving.
#include "HttpClient.h"
#include "RecordsServerFixture.h"
#include "ServerProcess.h"
#include "TrainedModel.h"
#include "training/TrainingPipeline.h"

#include <QThread>

#include <atomic>
#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace credit;
using namespace credit::testing;
namespace fs = std::filesystem;

namespace {

std::string servedVersion(std::uint16_t port)
{
    return httpRequest(port, "GET", "/health").json()["model_version"].get<std::string>();
}

// Replaces `target` as an operator would: a copy beside it, renamed over it.
void install(const fs::path& source, const fs::path& target)
{
    const auto next = target.string() + ".new";
    fs::copy_file(source, next, fs::copy_options::overwrite_existing);
    fs::rename(next, target);
}

} // namespace

TEST_CASE("SIGHUP swaps the model under load with no failed request, and refuses a bad bundle")
{
    const auto& model = trainedModel();
    const fs::path folder = model.folder / "swap";
    fs::create_directories(folder);
    const fs::path live = folder / "live.csbundle";
    install(model.bundle, live);
    // Another model of the same data: different rounds and seed, hence another version.
    const fs::path other = folder / "other.csbundle";
    training::TrainingOptions options;
    options.folds = 2;
    options.maxRounds = 30;
    options.seed = 99;
    options.compareClassWeighting = false;
    training::trainModel(model.dataFolder, other, std::nullopt, options);

    ServerProcess server({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bundle"),
                          QString::fromStdString(live.string())},
                         {{QStringLiteral("CREDIT_API_KEYS"), QString::fromLatin1(kApiKey)}});
    const auto port = server.port();
    const auto firstVersion = servedVersion(port);

    struct Answer {
        int status = 0;
        std::string version;
    };
    std::mutex lock;
    std::vector<std::vector<Answer>> answers(3);
    std::atomic<bool> stop{false};
    auto workstation = [&](std::size_t which) {
        const auto body = applicationBody(which * 7);
        while (!stop) {
            const auto reply = postJson(port, "/v1/score", body, kApiKey);
            Answer answer{reply.status, {}};
            if (reply.status == 200)
                answer.version = reply.json()["model_version"].get<std::string>();
            std::lock_guard guard(lock);
            answers[which].push_back(answer);
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < answers.size(); ++i)
        threads.emplace_back(workstation, i);
    auto answered = [&] {
        std::lock_guard guard(lock);
        std::size_t total = 0;
        for (const auto& list : answers)
            total += list.size();
        return total;
    };

    REQUIRE(eventually([&] { return answered() >= 30; }));
    install(other, live);
    REQUIRE(::kill(static_cast<pid_t>(server.pid()), SIGHUP) == 0);
    REQUIRE(eventually([&] { return servedVersion(port) != firstVersion; }));
    const auto secondVersion = servedVersion(port);
    const auto afterSwap = answered();
    REQUIRE(eventually([&] { return answered() >= afterSwap + 30; }));

    // A damaged bundle (truncated copy) is refused; the second model keeps serving.
    {
        std::ifstream in(other, std::ios::binary);
        std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
        std::ofstream out(folder / "damaged.csbundle", std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
    }
    install(folder / "damaged.csbundle", live);
    REQUIRE(::kill(static_cast<pid_t>(server.pid()), SIGHUP) == 0);
    REQUIRE(
        eventually([&] { return server.standardError().find("refused") != std::string::npos; }));
    const auto afterRefusal = answered();
    REQUIRE(eventually([&] { return answered() >= afterRefusal + 30; }));
    stop = true;
    for (auto& thread : threads)
        thread.join();

    CHECK(servedVersion(port) == secondVersion);
    CHECK(httpRequest(port, "GET", "/ready").status == 200);
    std::set<std::string> versionsSeen;
    for (const auto& list : answers) {
        bool sawSecond = false;
        for (const auto& answer : list) {
            INFO("status " << answer.status << ", model " << answer.version);
            REQUIRE(answer.status == 200); // no failed request, before, during or after a swap
            CHECK((answer.version == firstVersion || answer.version == secondVersion));
            // Requests are sequential per workstation: after one answered with the new model,
            // every later one started after the swap.
            if (sawSecond)
                CHECK(answer.version == secondVersion);
            sawSecond = sawSecond || answer.version == secondVersion;
            versionsSeen.insert(answer.version);
        }
    }
    CHECK(versionsSeen.size() == 2);
    const auto log = server.standardError();
    INFO(log);
    CHECK(log.find("SIGHUP: now serving model " + secondVersion) != std::string::npos);
    CHECK(log.find("still serving model " + secondVersion) != std::string::npos);
    CHECK(server.terminate() == 0);
}
