#include "common/JsonWriter.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

using credit::common::JsonWriter;
using nlohmann::json;

TEST_CASE("JsonWriter writes nested objects and arrays with commas in the right places")
{
    JsonWriter writer;
    writer.beginObject();
    writer.key("name").value("Prêt à dépenser");
    writer.key("count").value(3LL);
    writer.key("ok").value(true);
    writer.key("empty").beginArray().endArray();
    writer.key("items").beginArray();
    writer.beginObject().key("a").value(1.5).endObject();
    writer.beginObject().key("b").null().endObject();
    writer.value("x");
    writer.endArray();
    writer.key("nested").beginObject().key("deep").beginObject().endObject().endObject();
    writer.endObject();

    CHECK(writer.text() == R"({"name":"Prêt à dépenser","count":3,"ok":true,"empty":[],)"
                           R"("items":[{"a":1.5},{"b":null},"x"],"nested":{"deep":{}}})");
    const auto parsed = json::parse(writer.text());
    CHECK(parsed["items"][1]["b"].is_null());
    CHECK(parsed["name"] == "Prêt à dépenser");
}

TEST_CASE("JsonWriter escapes what JSON requires and reads back the same text")
{
    const std::string awkward =
        "quote \" backslash \\ newline \n tab \t bell \a nul " + std::string(1, '\0') + " end é ✓";
    JsonWriter writer;
    writer.beginObject().key(awkward).value(awkward).endObject();
    const auto parsed = json::parse(writer.text());
    REQUIRE(parsed.size() == 1);
    CHECK(parsed.begin().key() == awkward);
    CHECK(parsed.begin().value() == awkward);
    CHECK(writer.text().find("\\u0007") != std::string::npos);
    CHECK(writer.text().find("\\u0000") != std::string::npos);
}

TEST_CASE("JsonWriter escapes every special byte at every position of a long string")
{
    // Plain runs are skipped eight bytes at a time: put each byte that needs escaping (and some
    // that do not, UTF-8 and 0x7f included) at every offset around word boundaries.
    const std::string base = "Moyenne des scores externes é — plus élevée que 80 %";
    for (const char special : {'"', '\\', '\n', '\t', '\x01', '\x1f', '\0', ' ', '\x7f', '~'}) {
        for (std::size_t at = 0; at <= 20; ++at) {
            // ASCII before the byte, so inserting it never splits a UTF-8 sequence.
            const std::string text = std::string(at, 'a') + special + base;
            JsonWriter writer;
            writer.value(text);
            CAPTURE(static_cast<int>(special), at);
            REQUIRE(writer.text() == json(text).dump());
        }
    }
}

TEST_CASE("JsonWriter numbers read back to the same double; non-finite numbers become null")
{
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> uniform(-1e6, 1e6);
    JsonWriter writer;
    writer.beginArray();
    std::vector<double> written{
        0.0, -0.0, 1e-300, 0.1, 1.0 / 3.0, 123456789.125, std::numeric_limits<double>::max()};
    for (int i = 0; i < 500; ++i)
        written.push_back(uniform(random) * std::pow(10.0, i % 20 - 10));
    for (const double number : written)
        writer.value(number);
    writer.value(std::nan("")).value(std::numeric_limits<double>::infinity());
    writer.endArray();

    const auto parsed = json::parse(writer.text());
    REQUIRE(parsed.size() == written.size() + 2);
    for (std::size_t i = 0; i < written.size(); ++i) {
        CAPTURE(i, written[i]);
        CHECK(parsed[i].get<double>() == written[i]);
    }
    CHECK(parsed[written.size()].is_null());
    CHECK(parsed[written.size() + 1].is_null());
}
