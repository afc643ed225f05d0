#include "api/Principal.h"

#include "api/ApiConfig.h"
#include "api/ApiKeyAuthenticator.h"
#include "common/PrintableText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace credit::api {

namespace {

// The message quotes the file's ids and roles: control characters in them are shown escaped.
[[noreturn]] void invalid(const QString& file, const QString& why)
{
    throw ConfigError(
        common::printable(QStringLiteral("principals file %1: %2").arg(file, why).toStdString()));
}

} // namespace

QString toString(Role role)
{
    switch (role) {
    case Role::Advisor:
        return QStringLiteral("advisor");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Service:
        break;
    }
    return QStringLiteral("service");
}

std::optional<Role> roleFromString(const QString& text)
{
    for (const auto role : {Role::Service, Role::Advisor, Role::Supervisor})
        if (text == toString(role))
            return role;
    return std::nullopt;
}

PrincipalDirectory::PrincipalDirectory(const std::vector<QString>& serviceKeys,
                                       const QString& principalsFile)
{
    for (const auto& key : serviceKeys) {
        const auto trimmed = key.trimmed().toUtf8();
        if (trimmed.isEmpty())
            continue;
        const auto id = ApiKeyAuthenticator::keyId(trimmed);
        entries_.push_back({QCryptographicHash::hash(trimmed, QCryptographicHash::Sha256),
                            {id, QStringLiteral("service key ") + id, Role::Service}});
    }
    if (principalsFile.isEmpty())
        return;
    QFile file(principalsFile);
    if (!file.open(QIODevice::ReadOnly))
        invalid(principalsFile, file.errorString());
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        invalid(
            principalsFile,
            QStringLiteral("not JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isArray())
        invalid(principalsFile, QStringLiteral("expected a JSON array of principals"));
    static const QRegularExpression hexDigest(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const auto array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto where = QStringLiteral("entry %1").arg(i);
        const auto entry = array.at(i).toObject();
        const auto id = entry.value(QStringLiteral("id")).toString();
        const auto name = entry.value(QStringLiteral("name")).toString(id);
        const auto roleText = entry.value(QStringLiteral("role")).toString();
        const auto digest = entry.value(QStringLiteral("key_sha256")).toString();
        if (id.isEmpty())
            invalid(principalsFile, where + QStringLiteral(": no \"id\""));
        const auto role = roleFromString(roleText);
        if (!role)
            invalid(principalsFile,
                    where + QStringLiteral(" (%1): role must be service, advisor or supervisor, "
                                           "got \"%2\"")
                                .arg(id, roleText));
        if (!hexDigest.match(digest).hasMatch())
            invalid(principalsFile,
                    where + QStringLiteral(" (%1): key_sha256 must be the 64 hex digits of the "
                                           "key's SHA-256 (sha256sum), never the key itself")
                                .arg(id));
        for (const auto& existing : entries_)
            if (existing.principal.id == id && existing.principal.role != *role)
                invalid(principalsFile,
                        where + QStringLiteral(": %1 appears with two different roles").arg(id));
        entries_.push_back({QByteArray::fromHex(digest.toLatin1()), {id, name, *role}});
    }
}

std::optional<Principal> PrincipalDirectory::authenticate(const QByteArray& presentedKey) const
{
    if (presentedKey.isEmpty())
        return std::nullopt;
    const auto presented = QCryptographicHash::hash(presentedKey, QCryptographicHash::Sha256);
    const Entry* found = nullptr;
    for (const auto& entry : entries_) // no early exit: the same time whichever key matches
        if (ApiKeyAuthenticator::digestsEqual(presented, entry.digest) && !found)
            found = &entry;
    if (!found)
        return std::nullopt;
    return found->principal;
}

} // namespace credit::api
