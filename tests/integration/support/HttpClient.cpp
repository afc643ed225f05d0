#include "HttpClient.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace credit::testing {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

std::string HttpResponse::header(const std::string& lowerCaseName) const
{
    const auto found = headers.find(lowerCaseName);
    return found == headers.end() ? std::string{} : found->second;
}

nlohmann::json HttpResponse::json() const
{
    return nlohmann::json::parse(body);
}

HttpConnection::HttpConnection(std::uint16_t port, std::chrono::seconds timeout)
{
    socket_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socket_ < 0)
        return;
    timeval limit{};
    limit.tv_sec = static_cast<time_t>(timeout.count());
    ::setsockopt(socket_, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    ::setsockopt(socket_, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    const int noDelay = 1;
    ::setsockopt(socket_, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(socket_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        close();
}

HttpConnection::~HttpConnection()
{
    close();
}

void HttpConnection::close()
{
    if (socket_ >= 0)
        ::close(socket_);
    socket_ = -1;
}

bool HttpConnection::sendRaw(const std::string& bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const auto n = ::send(socket_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            return false;
        }
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

HttpResponse HttpConnection::request(const std::string& method, const std::string& target,
                                     const HeaderList& headers, const std::string& body)
{
    HttpResponse failed;
    if (!connected()) {
        failed.error = "not connected";
        return failed;
    }
    std::string head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool hasLength = false;
    for (const auto& [name, value] : headers) {
        head += name + ": " + value + "\r\n";
        hasLength = hasLength || lower(name) == "content-length";
    }
    if (!hasLength && (!body.empty() || method == "POST" || method == "PUT"))
        head += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    head += "\r\n";
    // A server may answer (413) and close before the whole body is sent: read what it said.
    const bool sent = sendRaw(head) && sendRaw(body);
    auto response = readResponse();
    if (!sent && response.status == 0)
        response.error = "send failed: " + std::string(std::strerror(errno));
    return response;
}

HttpResponse HttpConnection::readResponse()
{
    HttpResponse response;
    auto readMore = [this]() {
        char chunk[65536];
        const auto n = ::recv(socket_, chunk, sizeof chunk, 0);
        if (n > 0)
            buffered_.append(chunk, static_cast<std::size_t>(n));
        return n;
    };
    std::size_t headerEnd;
    while ((headerEnd = buffered_.find("\r\n\r\n")) == std::string::npos) {
        const auto n = readMore();
        if (n <= 0) {
            response.error = n == 0 ? "connection closed before a response"
                                    : "receive failed: " + std::string(std::strerror(errno));
            return response;
        }
    }
    const auto head = buffered_.substr(0, headerEnd);
    buffered_.erase(0, headerEnd + 4);
    const auto firstLineEnd = head.find("\r\n");
    const auto statusLine = head.substr(0, firstLineEnd);
    const auto space = statusLine.find(' ');
    response.status = space == std::string::npos ? 0 : std::atoi(statusLine.c_str() + space + 1);
    std::size_t position = firstLineEnd == std::string::npos ? head.size() : firstLineEnd + 2;
    while (position < head.size()) {
        auto end = head.find("\r\n", position);
        if (end == std::string::npos)
            end = head.size();
        const auto line = head.substr(position, end - position);
        const auto colon = line.find(':');
        if (colon != std::string::npos) {
            auto value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            response.headers[lower(line.substr(0, colon))] = value;
        }
        position = end + 2;
    }
    const auto length = response.header("content-length");
    if (!length.empty()) {
        const auto wanted = static_cast<std::size_t>(std::stoull(length));
        while (buffered_.size() < wanted)
            if (readMore() <= 0) {
                response.error = "body cut short";
                break;
            }
        response.body = buffered_.substr(0, std::min(wanted, buffered_.size()));
        buffered_.erase(0, response.body.size());
    } else {
        while (readMore() > 0) {
        }
        response.body = std::move(buffered_);
        buffered_.clear();
    }
    return response;
}

HttpResponse httpRequest(std::uint16_t port, const std::string& method, const std::string& target,
                         const HeaderList& headers, const std::string& body)
{
    HttpConnection connection(port);
    auto all = headers;
    all.emplace_back("Connection", "close");
    return connection.request(method, target, all, body);
}

HttpResponse postJson(std::uint16_t port, const std::string& target, const std::string& body,
                      const std::string& apiKey)
{
    return httpRequest(port, "POST", target,
                       {{"Content-Type", "application/json"}, {"X-API-Key", apiKey}}, body);
}

HttpResponse getWithKey(std::uint16_t port, const std::string& target, const std::string& apiKey)
{
    return httpRequest(port, "GET", target, {{"X-API-Key", apiKey}});
}

} // namespace credit::testing
