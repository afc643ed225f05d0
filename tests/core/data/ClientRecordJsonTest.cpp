#include "data/ClientRecordJson.h"

#include "data/SchemaRegistry.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace credit::data;
using nlohmann::json;

namespace {

json validApplication()
{
    return json{
        {"SK_ID_CURR", 100002},
        {"NAME_CONTRACT_TYPE", "Cash loans"},
        {"CODE_GENDER", "M"},
        {"FLAG_OWN_CAR", "N"},
        {"AMT_INCOME_TOTAL", 202500.0},
        {"AMT_CREDIT", 406597.5},
        {"AMT_ANNUITY", 24700.5},
        {"DAYS_BIRTH", -9461},
        {"DAYS_EMPLOYED", -637},
        {"EXT_SOURCE_2", 0.2629},
        {"bureau", json::array({{{"SK_ID_BUREAU", 6158904},
                                 {"CREDIT_ACTIVE", "Closed"},
                                 {"AMT_CREDIT_SUM", 91323.0}}})},
        {"bureau_balance",
         json::array({{{"SK_ID_BUREAU", 6158904}, {"MONTHS_BALANCE", 0}, {"STATUS", "C"}}})}};
}

bool hasIssue(const ClientRecordParse& parse, const std::string& field, FieldIssue::Code code)
{
    return std::any_of(parse.issues.begin(), parse.issues.end(), [&](const FieldIssue& issue) {
        return issue.field == field && issue.code == code;
    });
}

} // namespace

TEST_CASE("a valid application becomes a one-applicant dataset with its history")
{
    const auto parse = clientRecordFromJson(validApplication());
    REQUIRE(parse.issues.empty());
    REQUIRE(parse.record);
    const auto& client = *parse.record;
    REQUIRE(client.applications.rowCount() == 1);
    CHECK(client.applications.column("AMT_INCOME_TOTAL").number(0) == 202500.0);
    CHECK(client.applications.column("FLAG_OWN_CAR").number(0) == 0.0);
    CHECK(client.applications.column("NAME_CONTRACT_TYPE").text(0) == "Cash loans");
    CHECK(client.applications.column("EXT_SOURCE_1").isMissing(0));
    REQUIRE(client.bureau);
    CHECK(client.bureau->rowCount() == 1);
    CHECK(client.bureau->column("SK_ID_CURR").number(0) == 100002.0); // filled from the applicant
    CHECK_FALSE(client.previousApplications); // absent array: unknown history
    CHECK(client.integrity.orphanRows(TableId::BureauBalance, "SK_ID_BUREAU") == 0);
}

TEST_CASE("every organisation type of the training file is accepted, not only the test file's")
{
    // application_test.csv has no "Hotel" nor "Industry: type 13" applicant; the API must still
    // score a client from those organisations.
    const auto* train =
        SchemaRegistry::builtIn().find(TableId::ApplicationTrain, "ORGANIZATION_TYPE");
    REQUIRE(train);
    REQUIRE(std::find(train->levels.begin(), train->levels.end(), "Hotel") != train->levels.end());
    for (const auto& level : train->levels) {
        auto body = validApplication();
        body["ORGANIZATION_TYPE"] = level;
        const auto parse = clientRecordFromJson(body);
        INFO(level);
        CHECK(parse.issues.empty());
        REQUIRE(parse.record);
        CHECK(parse.record->applications.column("ORGANIZATION_TYPE").text(0) == level);
    }
    auto body = validApplication();
    body["ORGANIZATION_TYPE"] = "Spaceport";
    CHECK(
        hasIssue(clientRecordFromJson(body), "ORGANIZATION_TYPE", FieldIssue::Code::UnknownLevel));
}

TEST_CASE("every bad field is reported with its name and reason")
{
    auto body = validApplication();
    body["AMT_INCOME_TOTAL"] = -5;
    body["DAYS_BIRTH"] = -40000; // about 110 years old
    body["AMT_CREDIT"] = "a lot";
    body["NAME_CONTRACT_TYPE"] = "Mortgage";
    body["FAVOURITE_COLOUR"] = "blue";
    body["EXT_SOURCE_2"] = 1.5;
    body.erase("SK_ID_CURR");
    body["bureau"][0]["AMT_CREDIT_SUM"] = "x";
    body["previous_application"] = "none";
    const auto parse = clientRecordFromJson(body);
    CHECK_FALSE(parse.record);
    CHECK(hasIssue(parse, "AMT_INCOME_TOTAL", FieldIssue::Code::OutOfRange));
    CHECK(hasIssue(parse, "DAYS_BIRTH", FieldIssue::Code::OutOfRange));
    CHECK(hasIssue(parse, "AMT_CREDIT", FieldIssue::Code::WrongType));
    CHECK(hasIssue(parse, "NAME_CONTRACT_TYPE", FieldIssue::Code::UnknownLevel));
    CHECK(hasIssue(parse, "FAVOURITE_COLOUR", FieldIssue::Code::UnknownField));
    CHECK(hasIssue(parse, "EXT_SOURCE_2", FieldIssue::Code::OutOfRange));
    CHECK(hasIssue(parse, "bureau[0].AMT_CREDIT_SUM", FieldIssue::Code::WrongType));
    CHECK(hasIssue(parse, "previous_application", FieldIssue::Code::WrongType));
    const auto unknownLevel =
        std::find_if(parse.issues.begin(), parse.issues.end(),
                     [](const auto& issue) { return issue.field == "NAME_CONTRACT_TYPE"; });
    CHECK(unknownLevel->message.find("\"Cash loans\"") != std::string::npos);
}

TEST_CASE("required fields are named when absent; a body that is not an object is refused")
{
    auto body = validApplication();
    body.erase("AMT_CREDIT");
    const auto parse = clientRecordFromJson(body);
    CHECK(hasIssue(parse, "AMT_CREDIT", FieldIssue::Code::Required));
    CHECK(clientRecordFromJson(json::array()).issues.size() == 1);
    CHECK(clientRecordFromJson(json(42)).issues.front().code == FieldIssue::Code::WrongType);
}

TEST_CASE("not-employed sentinel and non-integral day counts")
{
    auto body = validApplication();
    body["DAYS_EMPLOYED"] = 365243;
    CHECK(clientRecordFromJson(body).issues.empty());
    body["DAYS_EMPLOYED"] = -10.5;
    CHECK(hasIssue(clientRecordFromJson(body), "DAYS_EMPLOYED", FieldIssue::Code::NotIntegral));
}

TEST_CASE("a dataset row converts to JSON and back to the same values")
{
    const auto first = clientRecordFromJson(validApplication());
    REQUIRE(first.record);
    const auto body = clientRecordToJson(*first.record, 0);
    CHECK(body["FLAG_OWN_CAR"] == "N");
    CHECK(body["bureau"].size() == 1);
    CHECK_FALSE(body["bureau"][0].contains("SK_ID_CURR"));
    const auto second = clientRecordFromJson(body);
    REQUIRE(second.issues.empty());
    for (const auto& column : first.record->applications.columns()) {
        const auto& other = second.record->applications.column(column.name());
        if (column.isCategory())
            CHECK(column.text(0) == other.text(0));
        else if (!column.isMissing(0))
            CHECK(column.number(0) == other.number(0));
    }
}

namespace {

// Both readers (document, and text without a document) must judge a body identically.
void checkTextReaderAgrees(const std::string& text)
{
    CAPTURE(text);
    const auto fromDocument = clientRecordFromJson(json::parse(text));
    const auto fromText = clientRecordFromJsonText(text);
    REQUIRE(fromText.issues.size() == fromDocument.issues.size());
    for (std::size_t i = 0; i < fromText.issues.size(); ++i) {
        CAPTURE(i);
        CHECK(fromText.issues[i].field == fromDocument.issues[i].field);
        CHECK(fromText.issues[i].code == fromDocument.issues[i].code);
        CHECK(fromText.issues[i].message == fromDocument.issues[i].message);
    }
    REQUIRE(fromText.record.has_value() == fromDocument.record.has_value());
    if (fromText.record)
        CHECK(clientRecordToJson(*fromText.record, 0) ==
              clientRecordToJson(*fromDocument.record, 0));
}

} // namespace

TEST_CASE("the text reader gives the document reader's record and issues, in the same order")
{
    checkTextReaderAgrees(validApplication().dump());

    auto bad = validApplication();
    bad["AMT_INCOME_TOTAL"] = -5;
    bad["AMT_CREDIT"] = "a lot";
    bad["ZEBRA"] = 1;
    bad["AARDVARK"] = {{"nested", true}};
    bad["CODE_GENDER"] = json::array({"M"});
    bad["EXT_SOURCE_2"] = {{"x", 1}};
    bad["bureau"][0]["AMT_CREDIT_SUM"] = json::object();
    bad["bureau"][0]["WHATEVER"] = "x";
    bad["bureau"].push_back(42);
    bad["bureau"].push_back(json::array({1, 2}));
    bad["bureau"].push_back({{"SK_ID_CURR", 1}, {"SK_ID_BUREAU", 7}});
    bad["previous_application"] = "none";
    bad["POS_CASH_balance"] = {{"a", 1}};
    bad["installments_payments"] = nullptr;
    bad.erase("DAYS_BIRTH");
    checkTextReaderAgrees(bad.dump());

    // History arrays before the applicant's own fields (document order differs from key order).
    checkTextReaderAgrees(R"({"bureau": [{"SK_ID_BUREAU": 5, "CREDIT_ACTIVE": "Active"}],
        "credit_card_balance": [], "SK_ID_CURR": 7, "NAME_CONTRACT_TYPE": "Cash loans",
        "AMT_INCOME_TOTAL": 1000, "AMT_CREDIT": 2000, "DAYS_BIRTH": -12000,
        "FLAG_OWN_CAR": true, "EXT_SOURCE_1": null})");
    // A repeated key: the last value counts, as in a parsed document.
    checkTextReaderAgrees(R"({"NAME_CONTRACT_TYPE": "Cash loans", "AMT_INCOME_TOTAL": -1,
        "AMT_INCOME_TOTAL": 1000, "AMT_CREDIT": 2000, "DAYS_BIRTH": -12000, "NOPE": 1, "NOPE": 2})");
    for (const char* notAnObject : {"[]", "42", "\"text\"", "null", "[{\"a\": 1}]"})
        checkTextReaderAgrees(notAnObject);
}

TEST_CASE("the text reader refuses bad JSON as nlohmann::json::parse does")
{
    CHECK_THROWS_AS(clientRecordFromJsonText("{\"AMT_CREDIT\": "), json::parse_error);
    CHECK_THROWS_AS(clientRecordFromJsonText("{} trailing"), json::parse_error);
    CHECK_THROWS_AS(clientRecordFromJsonText(R"({"AMT_CREDIT": 1e999})"), json::out_of_range);
}

TEST_CASE("the direct text writer gives the document's own dump, byte for byte")
{
    auto body = validApplication();
    body["EXT_SOURCE_1"] = 1e-7;                  // written in exponent form
    body["EXT_SOURCE_3"] = 0.1 + 0.2;             // shortest round-trip digits
    body["AMT_GOODS_PRICE"] = 450000.0;           // integral: written as an integer
    body["previous_application"] = json::array(); // known to be empty
    body["bureau"].push_back({{"SK_ID_BUREAU", 6158905}, {"CREDIT_ACTIVE", "Active"}});
    const auto parsed = clientRecordFromJson(body);
    REQUIRE(parsed.record);
    const auto text = clientRecordToJsonText(*parsed.record);
    CHECK(text == clientRecordToJson(*parsed.record, 0).dump());
    CHECK(json::parse(text)["previous_application"] == json::array());
    CHECK(json::parse(text)["bureau"].size() == 2);
}
