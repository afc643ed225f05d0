#include "common/Sha256.h"

#include <catch2/catch.hpp>
#include <string>

using credit::common::Sha256;

TEST_CASE("SHA-256 matches the FIPS 180-4 / NIST test vectors", "[sha256]")
{
    CHECK(Sha256::hexDigest(std::string_view{""}) ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::hexDigest(std::string_view{"abc"}) ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::hexDigest(
              std::string_view{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"}) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(Sha256::hexDigest(std::string_view{
              "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklm"
              "nopqrlmnopqrsmnopqrstnopqrstu"}) ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("SHA-256 of one million 'a' fed in uneven pieces", "[sha256]")
{
    Sha256 hasher;
    const std::string chunk(997, 'a');
    std::size_t remaining = 1'000'000;
    while (remaining > 0) {
        const std::size_t take = std::min(remaining, chunk.size());
        hasher.update(std::string_view{chunk.data(), take});
        remaining -= take;
    }
    CHECK(Sha256::toHex(hasher.finish()) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 hasher is reusable after finish", "[sha256]")
{
    Sha256 hasher;
    hasher.update(std::string_view{"something else"});
    (void)hasher.finish();
    hasher.update(std::string_view{"abc"});
    CHECK(Sha256::toHex(hasher.finish()) ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
