#include "explain/ExplanationJson.h"

#include "SampleExplanation.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace credit::explain;
using credit::explain::testing::sampleExplanation;

TEST_CASE("an explanation survives the JSON round trip in the requested language")
{
    const auto json = toJson(sampleExplanation(), "en");
    CHECK(json["decision"] == "refuse");
    CHECK(json["band"] == "clear_refusal");
    CHECK(json["contributions"][0]["label"] == "External score no. 3");
    const auto back = explanationFromJson(json);
    CHECK(back.probability == 0.23);
    CHECK(back.decision == Decision::Refuse);
    CHECK(back.band == Band::ClearRefusal);
    REQUIRE(back.contributions.size() == 1);
    CHECK(back.contributions[0].clientValue.en == "0.21");
    CHECK(back.contributions[0].percentile == 20.0);
    REQUIRE(back.adverseReasons.size() == 1);
    CHECK(back.adverseReasons[0].text.fr == "reason");
    CHECK(back.modelVersion == "demo-1");
}

TEST_CASE("a malformed explanation names the missing field")
{
    auto json = toJson(sampleExplanation(), "fr");
    json.erase("threshold");
    REQUIRE_THROWS_WITH(explanationFromJson(json), Catch::Contains("threshold"));
    json = toJson(sampleExplanation(), "fr");
    json["contributions"][0].erase("points");
    REQUIRE_THROWS_WITH(explanationFromJson(json),
                        Catch::Contains("contributions[0]") && Catch::Contains("points"));
    json = toJson(sampleExplanation(), "fr");
    json["decision"] = "maybe";
    REQUIRE_THROWS_WITH(explanationFromJson(json), Catch::Contains("maybe"));
}

TEST_CASE("counterfactual suggestions survive the JSON round trip")
{
    CounterfactualResult result;
    result.statement = {"", ""};
    Counterfactual suggestion;
    suggestion.probability = 0.09;
    suggestion.sentence = {"Réduire le crédit", "Reduce the credit"};
    suggestion.changes.push_back(
        {"AMT_CREDIT", {"Montant du crédit", "Credit amount"}, 500000, 420000, {"a", "b"}});
    result.suggestions.push_back(suggestion);
    const auto back = counterfactualsFromJson(toJson(result, "fr"));
    REQUIRE(back.suggestions.size() == 1);
    CHECK(back.suggestions[0].changes[0].to == 420000);
    CHECK(back.suggestions[0].sentence.en == "Réduire le crédit");
}
