// credit-scoring-server: the scoring HTTP API. Entry point only: reads the configuration,
// loads the model bundle, starts core's ScoringApiServer, stops it gracefully on SIGTERM and
// reloads the bundle on SIGHUP (hot model swap).
#include "api/ApiConfig.h"
#include "api/ScoringApiServer.h"
#include "explain/ExplanationEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop reads the pipe and shuts down cleanly.
void onTerminationSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("credit-scoring-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDIT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scoring HTTP API. Settings come from --config FILE, CREDIT_* environment variables and "
        "the flags below (later ones win). API keys: CREDIT_API_KEYS or --api-keys-file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("JSON configuration file."),
                                          QStringLiteral("file"));
    parser.addOption(configOption);
    const QStringList valueSettings{QStringLiteral("bind-address"),
                                    QStringLiteral("port"),
                                    QStringLiteral("bundle"),
                                    QStringLiteral("api-keys-file"),
                                    QStringLiteral("tls-certificate"),
                                    QStringLiteral("tls-key"),
                                    QStringLiteral("max-body-bytes"),
                                    QStringLiteral("max-batch-size"),
                                    QStringLiteral("rate-limit-per-minute"),
                                    QStringLiteral("worker-threads"),
                                    QStringLiteral("access-log"),
                                    QStringLiteral("prediction-log"),
                                    QStringLiteral("portfolio"),
                                    QStringLiteral("max-history-rows"),
                                    QStringLiteral("max-bureau-balance-pairs"),
                                    QStringLiteral("request-deadline-ms"),
                                    QStringLiteral("idle-timeout-ms"),
                                    QStringLiteral("request-timeout-ms"),
                                    QStringLiteral("max-connections"),
                                    QStringLiteral("max-connections-per-address"),
                                    QStringLiteral("database"),
                                    QStringLiteral("principals"),
                                    QStringLiteral("min-cell-count")};
    for (const auto& name : valueSettings)
        parser.addOption(QCommandLineOption(name, QStringLiteral("Setting %1.").arg(name),
                                            QStringLiteral("value")));
    const QCommandLineOption anonymousOption(
        QStringLiteral("allow-anonymous"),
        QStringLiteral("Accept requests without an API key (local development only)."));
    parser.addOption(anonymousOption);
    parser.process(application);

    QMap<QString, QString> flags;
    for (const auto& name : valueSettings)
        if (parser.isSet(name))
            flags.insert(name, parser.value(name));
    if (parser.isSet(anonymousOption))
        flags.insert(QStringLiteral("allow-anonymous"), QStringLiteral("true"));

    try {
        const auto config = credit::api::ApiConfig::load(
            parser.value(configOption), QProcessEnvironment::systemEnvironment(), flags);
        if (config.bundlePath.isEmpty())
            throw credit::api::ConfigError(
                "no model bundle: give --bundle, CREDIT_BUNDLE or \"bundle\" in --config");
        auto engine = credit::explain::ExplanationEngine::open(config.bundlePath.toStdString());
        for (const auto& warning : engine->warnings())
            std::fprintf(stderr, "credit-scoring-server: warning: %s: %s\n",
                         qPrintable(config.bundlePath), warning.c_str());
        credit::api::ScoringApiServer server(config, engine);
        const auto port = server.listen();
        std::printf("credit-scoring-server %s listening on %s:%u with model %s\n", CREDIT_VERSION,
                    qPrintable(config.bindAddress), port, engine->modelVersion().c_str());
        std::fflush(stdout);

        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
            std::perror("socketpair");
            return 1;
        }
        QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
            char byte = 0;
            [[maybe_unused]] const auto readBytes = ::read(signalPipe[0], &byte, 1);
            if (byte == SIGHUP) {
                // Hot model swap: the same path, re-read and verified before it replaces anything.
                const auto bundle = config.bundlePath.toStdString();
                if (const auto problem = server.reloadModel(bundle))
                    std::fprintf(stderr, "SIGHUP: %s refused, still serving model %s: %s\n",
                                 bundle.c_str(), server.modelVersion().c_str(), problem->c_str());
                else
                    std::fprintf(stderr, "SIGHUP: now serving model %s from %s\n",
                                 server.modelVersion().c_str(), bundle.c_str());
                return;
            }
            notifier.setEnabled(false);
            std::fprintf(stderr, "signal %d: finishing in-flight requests, then stopping\n", byte);
            server.shutdownGracefully();
        });
        QObject::connect(&server, &credit::api::ScoringApiServer::drained, &application,
                         &QCoreApplication::quit);
        struct sigaction action {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGHUP, &action, nullptr);
        return QCoreApplication::exec();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "credit-scoring-server: %s\n", error.what());
        return 1;
    }
}
