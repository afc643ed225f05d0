#include "explain/DecisionWording.h"

#include <catch2/catch.hpp>

using namespace credit::explain;

TEST_CASE("bands split each side of the threshold at a quarter of it, two points at least")
{
    CHECK(borderlineHalfWidth(0.10) == Approx(0.025));
    CHECK(borderlineHalfWidth(0.04) == Approx(0.02));
    CHECK(bandFor(0.20, 0.10) == Band::ClearRefusal);
    CHECK(bandFor(0.11, 0.10) == Band::BorderlineRefusal);
    CHECK(bandFor(0.10, 0.10) == Band::BorderlineRefusal); // at the threshold the credit is refused
    CHECK(bandFor(0.09, 0.10) == Band::BorderlineGrant);
    CHECK(bandFor(0.03, 0.10) == Band::ComfortableGrant);
}

TEST_CASE("the interpretation states probability, decision, distance and band")
{
    const auto refused = interpretationSentence(0.231, 0.12);
    CHECK(refused.fr ==
          "Probabilité de difficultés de paiement : 23,1\u00a0%. Crédit refusé, 11,1 points "
          "au-dessus du seuil de 12,0\u00a0% (refus net).");
    CHECK(refused.en ==
          "Probability of payment difficulties: 23.1%. Credit refused, 11.1 points above "
          "the 12.0% threshold (clear refusal).");
    const auto granted = interpretationSentence(0.05, 0.12);
    CHECK(granted.fr.find("Crédit accordé, 7,0 points en dessous") != std::string::npos);
    CHECK(granted.en.find("(comfortable approval)") != std::string::npos);
}

TEST_CASE("a reason states the value, the comparison with other clients and the effect")
{
    const auto* label = findGroupLabel("EXT_SOURCE_3");
    REQUIRE(label);
    GroupContribution group;
    group.key = "EXT_SOURCE_3";
    group.clientValue = {"0,21", "0.21"};
    group.logOdds = 0.35;
    group.points = 4.13;
    group.percentile = 20.0;
    const auto reason = writeReason(group, *label);
    CHECK(reason.adverse);
    CHECK(reason.text.fr ==
          "Score externe n°3 bas (0,21 ; plus bas que 80\u00a0% des clients) : augmente le "
          "risque (+4,1\u00a0pts).");
    CHECK(
        reason.text.en ==
        "Low external score no. 3 (0.21; lower than 80% of clients): raises the risk (+4.1 pts).");

    group.logOdds = -0.2;
    group.points = -2.0;
    group.percentile = 90.0;
    const auto favourable = writeReason(group, *label);
    CHECK_FALSE(favourable.adverse);
    CHECK(favourable.text.fr.find(
              "Score externe n°3 élevé (0,21 ; plus élevé que 90\u00a0% des clients) : diminue") ==
          0);
}

TEST_CASE("feminine labels get agreeing adjectives")
{
    const auto* label = findGroupLabel("PAYMENT_RATE");
    REQUIRE(label);
    CHECK(label->high.fr == "élevée");

    // The comparison agrees too: "Note de la région élevée (3 ; plus élevée que ...)".
    const auto* region = findGroupLabel("REGION_RATING_CLIENT");
    REQUIRE(region);
    GroupContribution group;
    group.key = "REGION_RATING_CLIENT";
    group.clientValue = {"3", "3"};
    group.logOdds = 0.2;
    group.points = 1.2;
    group.percentile = 93.0;
    CHECK(writeReason(group, *region).text.fr.find("élevée (3 ; plus élevée que 93\u00a0%") !=
          std::string::npos);
    group.percentile = 10.0;
    CHECK(writeReason(group, *region).text.fr.find("(3 ; plus basse que 90\u00a0%") !=
          std::string::npos);
}
