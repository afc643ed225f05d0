// The scoring server's configuration reader (ApiConfig::load: JSON file, CREDIT_* environment,
// flags). Input: the configuration file's bytes, then optionally a NUL and environment lines
// NAME=VALUE, then another NUL and flag lines name=value. A ConfigError is a clean refusal
// (it must name where the bad value came from and show the input's control characters escaped);
// anything else is a bug.
#include "FuzzSupport.h"
#include "api/ApiConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <string>

namespace {

QList<QPair<QString, QString>> pairs(const QByteArray& lines)
{
    QList<QPair<QString, QString>> result;
    for (const auto& line : lines.split('\n')) {
        const auto equals = line.indexOf('=');
        if (equals > 0)
            result.append(
                {QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1))});
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const credit::fuzz::MemoryFile file;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parts = input.split('\0');
    QProcessEnvironment environment;
    QMap<QString, QString> flags;
    if (parts.size() > 1)
        for (const auto& [name, value] : pairs(parts[1]))
            environment.insert(QStringLiteral("CREDIT_") + name.toUpper(), value);
    if (parts.size() > 2)
        for (const auto& [name, value] : pairs(parts[2]))
            flags.insert(name, value);
    try {
        const auto config =
            credit::api::ApiConfig::load(file.replaceWith(parts[0]), environment, flags);
        if (config.port < 0 || config.port > 65535 || config.maxBodyBytes < 1024 ||
            config.maxBatchSize < 1 || config.workerThreads < 0 || config.rateLimitPerMinute < 0)
            credit::fuzz::invariantBroken("a configuration outside the documented ranges loaded");
    } catch (const credit::api::ConfigError& error) {
        const std::string message = error.what();
        if (message.empty())
            credit::fuzz::invariantBroken("a configuration error without a message");
        if (credit::fuzz::hasRawControlCharacter(message))
            credit::fuzz::invariantBroken("a configuration error shows a raw control character: " +
                                          message);
    }
    return 0;
}
