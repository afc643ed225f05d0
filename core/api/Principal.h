#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace credit::api {

// What a caller may do. Each role includes everything the ones before it may do.
enum class Role { Service = 0, Advisor = 1, Supervisor = 2 };

QString toString(Role role);
std::optional<Role> roleFromString(const QString& text);

// Who sent a request: decided from the API key alone, never from the request body.
struct Principal {
    QString id;   // "a.martin"; for a plain service key, the key id (digest prefix)
    QString name; // display name
    Role role = Role::Service;
    bool may(Role required) const { return static_cast<int>(role) >= static_cast<int>(required); }
};

// Maps API keys to principals. Keys are held only as SHA-256 digests and compared in constant
// time. Two sources: the principals file (--principals FILE: a JSON array of {"id", "name",
// "role", "key_sha256"}; one id may have several keys, so a key can be rotated without a gap)
// and the plain keys of today's sources (CREDIT_API_KEYS, api_keys, --api-keys-file), which are
// principals with role `service` named by their key id.
class PrincipalDirectory {
public:
    // Throws ConfigError naming the file and the entry when the principals file is invalid.
    PrincipalDirectory(const std::vector<QString>& serviceKeys, const QString& principalsFile);

    bool enabled() const { return !entries_.empty(); }
    std::size_t size() const { return entries_.size(); }
    std::optional<Principal> authenticate(const QByteArray& presentedKey) const;

private:
    struct Entry {
        QByteArray digest;
        Principal principal;
    };
    std::vector<Entry> entries_;
};

} // namespace credit::api
