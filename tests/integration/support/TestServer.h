#pragma once

#include "ServerProcess.h"

#include <QStringList>

#include <filesystem>
#include <memory>

namespace credit::testing {

// The server most tests of an executable share: the trained model, the portfolio, an API key,
// the access log and the prediction log in the model's temporary folder.
struct TestServer {
    std::unique_ptr<ServerProcess> process;
    std::filesystem::path accessLog;
    std::filesystem::path predictionLog;
    std::uint16_t port() const { return process->port(); }
};

TestServer& sharedServer();

// A server of its own with the trained model and the API key, plus `extraArguments`.
std::unique_ptr<ServerProcess> startServer(const QStringList& extraArguments);

} // namespace credit::testing
