#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace credit::api {

class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Everything the scoring server can be told. Sources, later ones winning: built-in defaults,
// a JSON configuration file, CREDIT_* environment variables, command-line flags. API keys come
// from the file, CREDIT_API_KEYS or a keys file, never from a flag (flags show in `ps`).
struct ApiConfig {
    QString bindAddress = QStringLiteral("127.0.0.1"); // loopback unless told otherwise
    int port = 8080;
    QString bundlePath;
    QStringList apiKeys;
    bool allowAnonymous = false; // only for local development: no key required
    QString tlsCertificatePath;
    QString tlsKeyPath;
    qint64 maxBodyBytes = 1 << 20;
    int maxBatchSize = 100;
    int rateLimitPerMinute = 6000; // per key; 0 disables
    int workerThreads = 0;         // 0: one per core
    QString accessLogPath;         // empty: standard error
    QString predictionLogPath;     // empty: no prediction log
    QString portfolioPath;         // a Home Credit folder for GET /v1/clients/{id}
    // Work one request may ask for (RequestBudget): history rows of one client, and bureau rows
    // times the bureau_balance rows of their SK_ID_BUREAU; beyond them the answer is 413.
    int maxHistoryRows = 10000;
    int maxBureauBalancePairs = 10000;
    // From arrival to answer; a request still queued or computing past it answers 503.
    int requestDeadlineMs = 10000;
    // Connections (ConnectionGuard): closed after this long without a byte either way, or when
    // a request has been arriving this long without its answer being sent; at most so many at
    // once, and per client address.
    int idleTimeoutMs = 60000;
    int requestTimeoutMs = 30000;
    int maxConnections = 1000;
    int maxConnectionsPerAddress = 200;

    // Throws ConfigError naming the source and the setting when a value is invalid.
    static ApiConfig load(const QString& configFile, const QProcessEnvironment& environment,
                          const QMap<QString, QString>& flags);

    // The setting names accepted in the file and as flags (file keys use '_', flags '-').
    static QStringList settingNames();
};

} // namespace credit::api
