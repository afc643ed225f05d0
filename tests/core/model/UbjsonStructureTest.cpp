#include "model/UbjsonStructure.h"

#include "TrainOnSynthetic.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

using credit::model::ubjsonStructureProblem;

namespace {

std::vector<std::uint8_t> bytesOf(const std::string& text)
{
    return {text.begin(), text.end()};
}

// 'L' then the big-endian int64 `value`, as XGBoost writes lengths and counts.
std::string int64Length(std::uint64_t value)
{
    std::string out = "L";
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
    return out;
}

std::string key(const std::string& name)
{
    return int64Length(name.size()) + name;
}

bool mentions(const std::optional<std::string>& problem, const std::string& text)
{
    return problem && problem->find(text) != std::string::npos;
}

} // namespace

TEST_CASE("A booster XGBoost wrote passes the UBJSON structure check", "[ubjson]")
{
    credit::model::TrainingParameters parameters;
    parameters.maxDepth = 4;
    parameters.threads = 1;
    const auto data = credit::testing::makeSyntheticLogistic(300, 8, 3);
    const auto bytes = credit::testing::trainOn(data, parameters, 12).serialize();
    const auto problem = ubjsonStructureProblem(bytes);
    INFO(problem.value_or(""));
    CHECK_FALSE(problem);

    SECTION("every proper prefix of it is refused, none read past its end")
    {
        // Each cut lands inside some length, count, key, scalar or before a closing marker.
        for (std::size_t length = 0; length < bytes.size(); length += 7)
            CHECK(ubjsonStructureProblem(std::span(bytes).first(length)));
    }
    SECTION("a byte after the end is refused")
    {
        auto longer = bytes;
        longer.push_back('Z');
        CHECK(mentions(ubjsonStructureProblem(longer), "1 bytes after the end"));
    }
}

TEST_CASE("Lengths and counts that run past the end are refused before anyone reads them",
          "[ubjson]")
{
    // The shape of the fuzzer's find: a key length of 255 with only a few bytes left.
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + int64Length(255) + "abc")),
                   "a key needs 255"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + key("s") + "S" + int64Length(99) + "x}")),
                   "a string needs 99"));
    CHECK(mentions(
        ubjsonStructureProblem(bytesOf("{" + key("a") + "[$d#" + int64Length(3) + "12345678}")),
        "typed array of 3 elements runs past the end"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + key("a") + "[$L#" +
                                                  int64Length(std::uint64_t{1} << 61) + "}")),
                   "runs past the end"));
    CHECK(
        mentions(ubjsonStructureProblem(bytesOf("{" + key("a") + "[#" + int64Length(1000) + "ZZ}")),
                 "array of 1000 elements runs past the end"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + int64Length(~std::uint64_t{0}) + "}")),
                   "negative or absurdly large"));
}

TEST_CASE("Shapes XGBoost never writes are refused", "[ubjson]")
{
    CHECK(mentions(ubjsonStructureProblem({}), "no bytes"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("[]")), "does not start with an object"));
    // A one-byte length marker: XGBoost reads lengths as int64 only.
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{U\x01"
                                                  "aZ}")),
                   "not written as an int64"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + key("a") + "H}")), "unknown type marker"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + key("a") + "[$S#" + int64Length(0) + "}")),
                   "unsupported type 'S'"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + key("a") + "[$d" + int64Length(0) + "}")),
                   "without a count"));
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + key("a") + "[ZZ")), "needs 1 bytes"));
}

TEST_CASE("Nesting is limited so a forged model cannot exhaust the stack", "[ubjson]")
{
    const std::string deep = std::string(200, '[') + std::string(200, ']');
    CHECK(mentions(ubjsonStructureProblem(bytesOf("{" + key("a") + deep + "}")),
                   "nesting deeper than"));
    const std::string shallow = std::string(10, '[') + std::string(10, ']');
    CHECK_FALSE(ubjsonStructureProblem(bytesOf("{" + key("a") + shallow + key("b") + "d1234" +
                                               key("c") + "S" + int64Length(2) + "hi}")));
}
