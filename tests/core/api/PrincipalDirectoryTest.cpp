// The principals file (--principals FILE): who each key belongs to, and refusals that name the
// file and the entry without echoing control characters from it.
#include "api/ApiConfig.h"
#include "api/Principal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace credit::api;

namespace {

QString digest(const QByteArray& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

QString writeFile(const QTemporaryDir& folder, const QByteArray& contents)
{
    const auto path = folder.filePath(QStringLiteral("principals.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
    return path;
}

} // namespace

TEST_CASE("a principals file maps each key to its principal; plain keys are service principals")
{
    QTemporaryDir folder;
    const auto path = writeFile(
        folder, QStringLiteral(R"([{"id": "a.martin", "name": "Anne Martin", "role": "advisor",
                                    "key_sha256": "%1"},
                                   {"id": "a.martin", "role": "advisor", "key_sha256": "%2"},
                                   {"id": "s.bernard", "role": "supervisor", "key_sha256": "%3"}])")
                    .arg(digest("old-key"), digest("new-key").toUpper(), digest("boss-key"))
                    .toUtf8());
    const PrincipalDirectory directory({QStringLiteral("service-key")}, path);
    CHECK(directory.size() == 4);
    const auto advisor = directory.authenticate("old-key");
    REQUIRE(advisor);
    CHECK(advisor->id == "a.martin");
    CHECK(advisor->name == "Anne Martin");
    CHECK(advisor->role == Role::Advisor);
    // Rotation: the second key of the same principal, its digest in capitals.
    REQUIRE(directory.authenticate("new-key"));
    CHECK(directory.authenticate("new-key")->id == "a.martin");
    CHECK(directory.authenticate("boss-key")->may(Role::Advisor));
    CHECK(directory.authenticate("service-key")->role == Role::Service);
    CHECK_FALSE(directory.authenticate("service-key")->may(Role::Advisor));
    CHECK_FALSE(directory.authenticate("unknown-key"));
    CHECK_FALSE(directory.authenticate(""));
}

TEST_CASE("a bad principals file is refused naming the file and the entry, control characters "
          "escaped")
{
    QTemporaryDir folder;
    const auto refusal = [&](const QByteArray& contents) {
        const auto path = writeFile(folder, contents);
        try {
            PrincipalDirectory({}, path);
        } catch (const ConfigError& error) {
            const std::string message = error.what();
            CHECK(message.find(path.toStdString()) != std::string::npos);
            return message;
        }
        FAIL("accepted: " << contents.toStdString());
        return std::string();
    };
    CHECK_THAT(refusal(R"([{"id": "x", "role": "admin", "key_sha256": "00"}])"),
               Catch::Contains("entry 0 (x): role must be service, advisor or supervisor"));
    CHECK_THAT(refusal(QStringLiteral(R"([{"id": "x", "role": "advisor", "key_sha256": "%1"},
                                          {"id": "x", "role": "supervisor", "key_sha256": "%1"}])")
                           .arg(digest("k"))
                           .toUtf8()),
               Catch::Contains("entry 1: x appears with two different roles"));
    CHECK_THAT(refusal(R"([{"id": "x", "role": "advisor", "key_sha256": "the-key-itself"}])"),
               Catch::Contains("never the key itself"));
    CHECK_THAT(refusal(R"({"id": "x"})"), Catch::Contains("expected a JSON array"));
    CHECK_THAT(refusal("[1,"), Catch::Contains("not JSON at byte"));
    // An id holding a terminal escape sequence and a bell is quoted with both escaped.
    const auto message =
        refusal(R"([{"id": "a.martin\u001b[2J\u0007", "role": "admin", "key_sha256": "00"}])");
    CHECK_THAT(message, Catch::Contains(R"(a.martin\x1b[2J\x07)"));
    CHECK(message.find('\x1b') == std::string::npos);
    CHECK(message.find('\x07') == std::string::npos);
}

TEST_CASE("a configuration value with control characters is quoted escaped in the refusal")
{
    QProcessEnvironment environment;
    environment.insert("CREDIT_PORT", QStringLiteral("80\x1b[2J80"));
    REQUIRE_THROWS_WITH(ApiConfig::load({}, environment, {}),
                        Catch::Contains(R"(got '80\x1b[2J80')") &&
                            !Catch::Contains("\x1b"));
}
