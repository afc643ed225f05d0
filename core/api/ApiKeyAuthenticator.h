#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace credit::api {

// Checks the X-API-Key header against the configured keys. Keys are kept only as SHA-256
// digests and compared in constant time, so neither memory dumps nor timing reveal them. The
// key id (first 12 hex digits of the digest) is what logs and rate limits use, never the key.
class ApiKeyAuthenticator {
public:
    explicit ApiKeyAuthenticator(const QStringList& keys);

    bool enabled() const { return !digests_.empty(); }
    // The key id when `presentedKey` is one of the configured keys.
    std::optional<QString> authenticate(const QByteArray& presentedKey) const;
    static QString keyId(const QByteArray& key);
    // Compares two digests in time independent of where they differ.
    static bool digestsEqual(const QByteArray& a, const QByteArray& b);

private:
    std::vector<QByteArray> digests_;
};

} // namespace credit::api
