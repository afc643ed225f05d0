#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace credit::testing {

// A deliberately small HTTP/1.1 client on POSIX sockets: the tests need to send what a browser
// library would refuse to (a 50 MB body, a lying Content-Type, a bare wrong method) and to run
// from many threads at once without an event loop.
struct HttpResponse {
    int status = 0; // 0 when the connection failed or closed before a status line
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string error; // what went wrong at the socket level, if anything

    std::string header(const std::string& lowerCaseName) const;
    nlohmann::json json() const; // throws when the body is not JSON
};

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// One keep-alive connection to 127.0.0.1:port; requests are sent one after the other on it.
class HttpConnection {
public:
    explicit HttpConnection(std::uint16_t port,
                            std::chrono::seconds timeout = std::chrono::seconds(30));
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    bool connected() const { return socket_ >= 0; }
    HttpResponse request(const std::string& method, const std::string& target,
                         const HeaderList& headers = {}, const std::string& body = {});
    // Sends raw bytes as they are (for requests no well-behaved client would send).
    bool sendRaw(const std::string& bytes);
    HttpResponse readResponse();
    void close();

private:
    int socket_ = -1;
    std::string buffered_;
};

// One request on a fresh connection ("Connection: close").
HttpResponse httpRequest(std::uint16_t port, const std::string& method, const std::string& target,
                         const HeaderList& headers = {}, const std::string& body = {});

// Shorthands for the API's usual requests: JSON body and the X-API-Key header.
HttpResponse postJson(std::uint16_t port, const std::string& target, const std::string& body,
                      const std::string& apiKey);
HttpResponse getWithKey(std::uint16_t port, const std::string& target, const std::string& apiKey);

} // namespace credit::testing
