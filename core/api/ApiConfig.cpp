#include "api/ApiConfig.h"

#include "common/PrintableText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::api {

namespace {

// Every message quotes what the operator or a file gave (values, paths, setting names): their
// control characters are shown escaped, so a configuration error cannot rewrite the terminal or
// forge a line of the service's log.
[[noreturn]] void fail(const QString& message)
{
    throw ConfigError(common::printable(message.toStdString()));
}

int toInteger(const QString& text, const QString& where, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(QStringLiteral("%1: expected a whole number between %2 and %3, got '%4'")
                 .arg(where)
                 .arg(minimum)
                 .arg(maximum)
                 .arg(text));
    return value;
}

bool toBoolean(const QString& text, const QString& where)
{
    const auto lower = text.trimmed().toLower();
    if (lower == QLatin1String("1") || lower == QLatin1String("true") ||
        lower == QLatin1String("yes"))
        return true;
    if (lower == QLatin1String("0") || lower == QLatin1String("false") ||
        lower == QLatin1String("no"))
        return false;
    fail(QStringLiteral("%1: expected true or false, got '%2'").arg(where, text));
}

QStringList readKeysFile(const QString& path, const QString& where)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("%1: cannot read API keys file %2: %3")
                 .arg(where, path, file.errorString()));
    QStringList keys;
    for (const auto& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const auto key = line.trimmed();
        if (!key.isEmpty() && !key.startsWith(QLatin1Char('#')))
            keys << key;
    }
    return keys;
}

// Applies one named setting given as text (from the environment or a flag).
void apply(ApiConfig& config, const QString& name, const QString& value, const QString& where)
{
    if (name == QLatin1String("bind_address"))
        config.bindAddress = value;
    else if (name == QLatin1String("port"))
        config.port = toInteger(value, where, 0, 65535);
    else if (name == QLatin1String("bundle"))
        config.bundlePath = value;
    else if (name == QLatin1String("api_keys"))
        config.apiKeys = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (name == QLatin1String("api_keys_file"))
        config.apiKeys = readKeysFile(value, where);
    else if (name == QLatin1String("allow_anonymous"))
        config.allowAnonymous = toBoolean(value, where);
    else if (name == QLatin1String("tls_certificate"))
        config.tlsCertificatePath = value;
    else if (name == QLatin1String("tls_key"))
        config.tlsKeyPath = value;
    else if (name == QLatin1String("max_body_bytes"))
        config.maxBodyBytes = toInteger(value, where, 1024, 256 << 20);
    else if (name == QLatin1String("max_batch_size"))
        config.maxBatchSize = toInteger(value, where, 1, 10000);
    else if (name == QLatin1String("rate_limit_per_minute"))
        config.rateLimitPerMinute = toInteger(value, where, 0, 10'000'000);
    else if (name == QLatin1String("worker_threads"))
        config.workerThreads = toInteger(value, where, 0, 256);
    else if (name == QLatin1String("access_log"))
        config.accessLogPath = value;
    else if (name == QLatin1String("prediction_log"))
        config.predictionLogPath = value;
    else if (name == QLatin1String("portfolio"))
        config.portfolioPath = value;
    else if (name == QLatin1String("max_history_rows"))
        config.maxHistoryRows = toInteger(value, where, 1, 10'000'000);
    else if (name == QLatin1String("max_bureau_balance_pairs"))
        config.maxBureauBalancePairs = toInteger(value, where, 1, 100'000'000);
    else if (name == QLatin1String("request_deadline_ms"))
        config.requestDeadlineMs = toInteger(value, where, 1, 600'000);
    else if (name == QLatin1String("idle_timeout_ms"))
        config.idleTimeoutMs = toInteger(value, where, 100, 3'600'000);
    else if (name == QLatin1String("request_timeout_ms"))
        config.requestTimeoutMs = toInteger(value, where, 100, 3'600'000);
    else if (name == QLatin1String("max_connections"))
        config.maxConnections = toInteger(value, where, 1, 1'000'000);
    else if (name == QLatin1String("max_connections_per_address"))
        config.maxConnectionsPerAddress = toInteger(value, where, 1, 1'000'000);
    else if (name == QLatin1String("database"))
        config.databaseUrl = value;
    else if (name == QLatin1String("principals"))
        config.principalsPath = value;
    else if (name == QLatin1String("min_cell_count"))
        config.minCellCount = toInteger(value, where, 1, 1000);
    else
        fail(QStringLiteral("%1: unknown setting '%2' (known: %3)")
                 .arg(where, name, ApiConfig::settingNames().join(QStringLiteral(", "))));
}

} // namespace

QStringList ApiConfig::settingNames()
{
    return {QStringLiteral("bind_address"),
            QStringLiteral("port"),
            QStringLiteral("bundle"),
            QStringLiteral("api_keys"),
            QStringLiteral("api_keys_file"),
            QStringLiteral("allow_anonymous"),
            QStringLiteral("tls_certificate"),
            QStringLiteral("tls_key"),
            QStringLiteral("max_body_bytes"),
            QStringLiteral("max_batch_size"),
            QStringLiteral("rate_limit_per_minute"),
            QStringLiteral("worker_threads"),
            QStringLiteral("access_log"),
            QStringLiteral("prediction_log"),
            QStringLiteral("portfolio"),
            QStringLiteral("max_history_rows"),
            QStringLiteral("max_bureau_balance_pairs"),
            QStringLiteral("request_deadline_ms"),
            QStringLiteral("idle_timeout_ms"),
            QStringLiteral("request_timeout_ms"),
            QStringLiteral("max_connections"),
            QStringLiteral("max_connections_per_address"),
            QStringLiteral("database"),
            QStringLiteral("principals"),
            QStringLiteral("min_cell_count")};
}

ApiConfig ApiConfig::load(const QString& configFile, const QProcessEnvironment& environment,
                          const QMap<QString, QString>& flags)
{
    ApiConfig config;
    if (!configFile.isEmpty()) {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("configuration file %1: %2").arg(configFile, file.errorString()));
        QJsonParseError error{};
        const auto document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            fail(QStringLiteral("configuration file %1: not a JSON object (%2 at offset %3)")
                     .arg(configFile, error.errorString())
                     .arg(error.offset));
        const auto object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto where =
                QStringLiteral("configuration file %1, setting %2").arg(configFile, it.key());
            if (it.key() == QLatin1String("api_keys") && it->isArray()) {
                config.apiKeys.clear();
                for (const auto& key : it->toArray())
                    config.apiKeys << key.toString();
            } else if (it->isString()) {
                apply(config, it.key(), it->toString(), where);
            } else if (it->isDouble()) {
                apply(config, it.key(), QString::number(it->toDouble(), 'g', 15), where);
            } else if (it->isBool()) {
                apply(config, it.key(),
                      it->toBool() ? QStringLiteral("true") : QStringLiteral("false"), where);
            } else {
                fail(where + QStringLiteral(": unsupported value type"));
            }
        }
    }
    for (const auto& name : settingNames()) {
        const auto variable = QStringLiteral("CREDIT_") + name.toUpper();
        if (environment.contains(variable))
            apply(config, name, environment.value(variable),
                  QStringLiteral("environment variable ") + variable);
    }
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        auto name = it.key();
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (name == QLatin1String("api_keys"))
            fail(QStringLiteral("flag --api-keys: API keys are not accepted on the command line "
                                "(visible to every user); use CREDIT_API_KEYS or --api-keys-file"));
        apply(config, name, it.value(), QStringLiteral("flag --") + it.key());
    }
    if (config.tlsCertificatePath.isEmpty() != config.tlsKeyPath.isEmpty())
        fail(QStringLiteral("TLS needs both tls_certificate and tls_key"));
    return config;
}

} // namespace credit::api
