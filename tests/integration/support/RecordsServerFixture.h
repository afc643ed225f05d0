#pragma once

// What the server-as-system-of-record tests share: waiting for a condition without asserting on
// time, a principals file, and the real server started on a database with the test model.
#include "RecordsBackend.h"
#include "ServerProcess.h"
#include "TrainedModel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace credit::testing {

// Polls every 100 ms until `condition` holds; false after `seconds`.
inline bool eventually(const std::function<bool()>& condition, int seconds = 120)
{
    for (int i = 0; i < seconds * 10; ++i) {
        if (condition())
            return true;
        QThread::msleep(100);
    }
    return false;
}

struct TestPrincipal {
    std::string id;
    std::string name;
    std::string role;
    std::string key;
};

// Writes --principals FILE into `folder` (keys stored as their SHA-256, as operators do).
inline QString writePrincipals(const QTemporaryDir& folder,
                               const std::vector<TestPrincipal>& principals)
{
    auto entries = nlohmann::json::array();
    for (const auto& principal : principals)
        entries.push_back(
            {{"id", principal.id},
             {"name", principal.name},
             {"role", principal.role},
             {"key_sha256", QCryptographicHash::hash(QByteArray::fromStdString(principal.key),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .toStdString()}});
    const auto path = folder.filePath(QStringLiteral("principals.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(entries.dump()));
    return path;
}

// The real server on `url` with the test model, its principals and the service key kApiKey;
// `extraArguments` are added to its command line.
inline std::unique_ptr<ServerProcess> startRecordsServer(const QString& url,
                                                         const QString& principals,
                                                         const QStringList& extraArguments = {})
{
    return std::make_unique<ServerProcess>(
        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bundle"),
                    QString::fromStdString(trainedModel().bundle.string()),
                    QStringLiteral("--database"), url, QStringLiteral("--principals"), principals} +
            extraArguments,
        std::map<QString, QString>{
            {QStringLiteral("CREDIT_API_KEYS"), QString::fromLatin1(kApiKey)}});
}

// Imports the test model's synthetic portfolio into `url` with the real CLI (`credit-scoring
// import`, plus `extraArguments`); fails the test when it does not succeed. Returns its output.
inline QString importTestPortfolio(const QString& url, const QStringList& extraArguments = {})
{
    QString output;
    const int exitCode =
        runCli(QStringList{QStringLiteral("import"), QStringLiteral("--data"),
                           QString::fromStdString(trainedModel().dataFolder.string()),
                           QStringLiteral("--database"), url} +
                   extraArguments,
               &output);
    INFO(output.toStdString());
    REQUIRE(exitCode == 0);
    return output;
}

} // namespace credit::testing
