#include "TestServer.h"

#include "TrainedModel.h"

namespace credit::testing {

std::unique_ptr<ServerProcess> startServer(const QStringList& extraArguments)
{
    const auto& model = trainedModel();
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bundle"),
                          QString::fromStdString(model.bundle.string())};
    arguments += extraArguments;
    return std::make_unique<ServerProcess>(
        arguments, std::map<QString, QString>{
                       {QStringLiteral("CREDIT_API_KEYS"), QString::fromLatin1(kApiKey)}});
}

TestServer& sharedServer()
{
    static TestServer server = [] {
        const auto& model = trainedModel();
        TestServer started;
        started.accessLog = model.folder / "access.log";
        started.predictionLog = model.folder / "predictions" / "predictions.jsonl";
        started.process = startServer(
            {QStringLiteral("--portfolio"), QString::fromStdString(model.dataFolder.string()),
             QStringLiteral("--access-log"), QString::fromStdString(started.accessLog.string()),
             QStringLiteral("--prediction-log"),
             QString::fromStdString(started.predictionLog.string())});
        return started;
    }();
    return server;
}

} // namespace credit::testing
