#include "api/ApiKeyAuthenticator.h"

#include <QCryptographicHash>

namespace credit::api {

namespace {

QByteArray digestOf(const QByteArray& key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

} // namespace

ApiKeyAuthenticator::ApiKeyAuthenticator(const QStringList& keys)
{
    for (const auto& key : keys) {
        const auto trimmed = key.trimmed();
        if (!trimmed.isEmpty())
            digests_.push_back(digestOf(trimmed.toUtf8()));
    }
}

std::optional<QString> ApiKeyAuthenticator::authenticate(const QByteArray& presentedKey) const
{
    if (presentedKey.isEmpty())
        return std::nullopt;
    const auto presented = digestOf(presentedKey);
    bool matched = false;
    for (const auto& digest : digests_)
        matched |= digestsEqual(presented, digest); // no early exit: same time for all
    if (!matched)
        return std::nullopt;
    return keyId(presentedKey);
}

bool ApiKeyAuthenticator::digestsEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QString ApiKeyAuthenticator::keyId(const QByteArray& key)
{
    return QString::fromLatin1(digestOf(key).toHex().left(12));
}

} // namespace credit::api
