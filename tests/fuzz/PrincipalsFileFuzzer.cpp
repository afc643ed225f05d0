// The scoring server's principals file reader (PrincipalDirectory, --principals FILE: a JSON
// array of {"id", "name", "role", "key_sha256"}). Input: the file's bytes, then optionally a NUL
// and an API key to present. A ConfigError is a clean refusal: it must name the file and show
// the input's control characters escaped. Anything else is a bug, and so is a key accepted
// whose SHA-256 the file does not hold. "Holds" is judged on the decoded JSON strings, not the
// raw bytes: a digest written with escapes ("47\9a...", "\u0034...") is the same digest.
#include "FuzzSupport.h"
#include "api/ApiConfig.h"
#include "api/Principal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

namespace {

// Every "key_sha256" string of the file's entries, decoded and lower-cased.
bool fileListsDigest(const QByteArray& contents, const QByteArray& hexDigest)
{
    const auto entries = QJsonDocument::fromJson(contents).array();
    for (const auto& entry : entries)
        if (entry.toObject().value(QStringLiteral("key_sha256")).toString().toLower().toLatin1() ==
            hexDigest)
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const credit::fuzz::MemoryFile file;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto separator = input.indexOf('\0');
    const auto contents = separator < 0 ? input : input.left(separator);
    const auto key = separator < 0 ? QByteArray("fuzz-key") : input.mid(separator + 1);
    const auto path = file.replaceWith(contents);
    try {
        const credit::api::PrincipalDirectory directory({}, path);
        const auto principal = directory.authenticate(key);
        if (!principal)
            return 0;
        if (principal->id.isEmpty())
            credit::fuzz::invariantBroken("a principal without an id authenticated");
        const auto digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
        if (!fileListsDigest(contents, digest))
            credit::fuzz::invariantBroken(
                "a key was accepted whose SHA-256 the file does not hold");
    } catch (const credit::api::ConfigError& error) {
        const std::string message = error.what();
        if (message.find(path.toStdString()) == std::string::npos)
            credit::fuzz::invariantBroken("a principals file error does not name the file: " +
                                          message);
        if (credit::fuzz::hasRawControlCharacter(message))
            credit::fuzz::invariantBroken("a principals file error shows a raw control "
                                          "character: " +
                                          message);
    }
    return 0;
}
