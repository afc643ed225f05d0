// Hostile clients against the documented deployment: the real credit-scoring-server behind a real
// HAProxy running the shipped packaging/haproxy/credit-scoring-haproxy.cfg, both on free loopback
// ports, with HAProxy's configuration and log in a temporary folder. Qt's HTTP server has no
// header or body timeout and no rule against conflicting Content-Length headers; these tests show
// the limits hold through HAProxy. Skipped (exit 77) when haproxy is not installed.
#include "HaproxyProcess.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestServer.h"
#include "TrainedModel.h"

#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace credit::testing;

namespace {

// A non-blocking connection to 127.0.0.1:port (the connect completes in the background).
int openNonBlocking(std::uint16_t port)
{
    const int socket = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    ::connect(socket, reinterpret_cast<sockaddr*>(&address), sizeof address);
    return socket;
}

// The server, with its access log in a temporary folder, and HAProxy in front of it running the
// shipped configuration.
struct Deployment {
    QTemporaryDir folder;
    std::string accessLog = folder.filePath(QStringLiteral("access.log")).toStdString();
    std::unique_ptr<ServerProcess> server =
        startServer({QStringLiteral("--access-log"), QString::fromStdString(accessLog)});
    // Short, so the test sees slow clients cut off within seconds (production: 10s).
    HaproxyProcess haproxy{
        {{QStringLiteral("CREDIT_API_SERVER"), QStringLiteral("127.0.0.1:%1").arg(server->port())},
         {QStringLiteral("CREDIT_HAPROXY_REQUEST_TIMEOUT"), QStringLiteral("3s")},
         {QStringLiteral("CREDIT_HAPROXY_MAXCONN"), QStringLiteral("1000")},
         {QStringLiteral("CREDIT_API_SERVER_MAXCONN"), QStringLiteral("8")}}};
    std::uint16_t port = haproxy.port();

    Deployment()
    {
        if (!haproxy.waitUntilAnswering("/health"))
            FAIL("HAProxy did not pass /health within 10 s; its log: " << haproxy.log());
    }

    std::string haproxyLog() const { return haproxy.log(); }

    // Lines of the server's access log whose path is `path` (each request the server saw).
    int requestsSeen(const std::string& path) const
    {
        std::ifstream in(accessLog);
        int count = 0;
        for (std::string line; std::getline(in, line);)
            if (!line.empty() && nlohmann::json::parse(line).value("path", "") == path)
                ++count;
        return count;
    }
};

// Everything HAProxy sends back on one connection until it closes it (or 10 s pass).
std::string sendAndReadAll(std::uint16_t port, const std::string& bytes)
{
    HttpConnection connection(port, std::chrono::seconds(10));
    REQUIRE(connection.sendRaw(bytes));
    std::string all;
    for (;;) {
        const auto response = connection.readResponse();
        if (response.status == 0)
            break;
        all += "HTTP " + std::to_string(response.status) + "\n";
    }
    return all;
}

} // namespace

TEST_CASE("slow clients sending headers byte by byte do not starve /health through HAProxy, and "
          "HAProxy cuts them off")
{
    skipWithoutHaproxy();
    Deployment deployment;
    constexpr int kSlowClients = 200;
    const std::string request =
        "POST /v1/score HTTP/1.1\r\nHost: bank\r\nX-API-Key: " + std::string(kApiKey) +
        "\r\nContent-Type: application/json\r\nX-Padding: " + std::string(400, 'x') + "\r\n\r\n";
    std::vector<int> slow;
    for (int i = 0; i < kSlowClients; ++i)
        slow.push_back(openNonBlocking(deployment.port));
    std::vector<std::size_t> sent(slow.size(), 0);
    std::vector<bool> closedByProxy(slow.size(), false);

    // One byte per slow client every 50 ms (their headers would take ~20 s), while a well-behaved
    // client asks for /health: every answer must be 200.
    int healthy = 0;
    const int healthChecks = 40;
    for (int round = 0; round < 200; ++round) {
        for (std::size_t i = 0; i < slow.size(); ++i) {
            if (closedByProxy[i])
                continue;
            char reply[512];
            const auto got = ::recv(slow[i], reply, sizeof reply, MSG_DONTWAIT);
            if (got == 0 ||
                (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOTCONN)) {
                closedByProxy[i] = true;
                continue;
            }
            if (got > 0) // HAProxy's 408 (Request Timeout); it closes right after
                continue;
            if (sent[i] < request.size() &&
                ::send(slow[i], request.data() + sent[i], 1, MSG_NOSIGNAL | MSG_DONTWAIT) == 1)
                ++sent[i];
        }
        if (round % 5 == 0 && round / 5 < healthChecks) {
            const auto health = httpRequest(deployment.port, "GET", "/health");
            healthy += health.status == 200 ? 1 : 0;
            if (health.status != 200)
                UNSCOPED_INFO("GET /health through HAProxy: status " << health.status << " "
                                                                     << health.error);
        }
        QThread::msleep(50);
    }
    int cutOff = 0;
    for (std::size_t i = 0; i < slow.size(); ++i) {
        cutOff += closedByProxy[i] ? 1 : 0;
        ::close(slow[i]);
    }
    INFO("HAProxy log:\n" << deployment.haproxyLog());
    CHECK(healthy == healthChecks);
    // timeout http-request (3 s here) closed every one of them within the 10 s they trickled.
    CHECK(cutOff == kSlowClients);
    // None of their partial requests reached the server.
    CHECK(deployment.requestsSeen("/v1/score") == 0);
    CHECK(deployment.server->running());
}

TEST_CASE("a request with two different Content-Length headers is refused by HAProxy")
{
    skipWithoutHaproxy();
    Deployment deployment;
    const std::string body = R"({"SK_ID_CURR": 1})";
    const auto answers = sendAndReadAll(
        deployment.port,
        "POST /v1/score HTTP/1.1\r\nHost: bank\r\nX-API-Key: " + std::string(kApiKey) +
            "\r\nContent-Type: application/json\r\n" +
            "Content-Length: " + std::to_string(body.size()) +
            "\r\nContent-Length: " + std::to_string(body.size() - 5) + "\r\n\r\n" + body);
    CHECK(answers == "HTTP 400\n");
    CHECK(deployment.requestsSeen("/v1/score") == 0);
}

TEST_CASE("Content-Length beside Transfer-Encoding does not smuggle a second request to the "
          "server")
{
    skipWithoutHaproxy();
    Deployment deployment;
    const std::string head =
        "POST /v1/score HTTP/1.1\r\nHost: bank\r\nX-API-Key: " + std::string(kApiKey) +
        "\r\nContent-Type: application/json\r\n";
    const std::string smuggled =
        "GET /v1/model HTTP/1.1\r\nHost: bank\r\nX-API-Key: " + std::string(kApiKey) + "\r\n\r\n";

    SECTION("CL.TE: the length covers a hidden request after the chunked body's end")
    {
        const std::string body = "0\r\n\r\n" + smuggled;
        const auto answers = sendAndReadAll(
            deployment.port, head + "Content-Length: " + std::to_string(body.size()) +
                                 "\r\nTransfer-Encoding: chunked\r\n\r\n" + body);
        INFO("answers: " << answers << "HAProxy log:\n" << deployment.haproxyLog());
        // HAProxy frames by Transfer-Encoding, drops the length and closes the connection after
        // the answer: the hidden request is never read, let alone forwarded.
        CHECK(answers.rfind("HTTP ", 0) == 0);
        CHECK(deployment.requestsSeen("/v1/score") == 1);
        CHECK(deployment.requestsSeen("/v1/model") == 0);
    }
    SECTION("TE.CL: a short length and a chunk that holds a whole request")
    {
        char size[16];
        std::snprintf(size, sizeof size, "%zx", smuggled.size());
        const auto answers = sendAndReadAll(
            deployment.port, head + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n" +
                                 size + "\r\n" + smuggled + "\r\n0\r\n\r\n");
        INFO("answers: " << answers << "HAProxy log:\n" << deployment.haproxyLog());
        // The chunk is the body of the one POST (not JSON: refused), never a request of its own.
        CHECK(answers.rfind("HTTP 4", 0) == 0);
        CHECK(deployment.requestsSeen("/v1/score") == 1);
        CHECK(deployment.requestsSeen("/v1/model") == 0);
    }
    CHECK(deployment.server->running());
}
