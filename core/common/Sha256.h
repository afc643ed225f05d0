#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace credit::common {

// SHA-256 (FIPS 180-4), written here because core must not depend on OpenSSL or Qt. Used for
// model-bundle checksums and training-data fingerprints, not for anything secret.
class Sha256 {
public:
    using Digest = std::array<std::uint8_t, 32>;

    Sha256();

    void update(std::span<const std::uint8_t> bytes);
    void update(std::string_view text);
    void update(const void* data, std::size_t size);

    // Finishes the hash; the object is reset afterwards and can hash a new message.
    Digest finish();

    static Digest digest(std::span<const std::uint8_t> bytes);
    static std::string hexDigest(std::span<const std::uint8_t> bytes);
    static std::string hexDigest(std::string_view text);
    static std::string toHex(const Digest& digest);

private:
    void reset();
    void compressBlock(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_{};
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t bufferedBytes_ = 0;
    std::uint64_t totalBytes_ = 0;
};

} // namespace credit::common
