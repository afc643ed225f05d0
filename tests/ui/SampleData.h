#pragma once

// Hand-made values shaped like core's output, so the view tests do not depend on a model.

#include "explain/ClientFacts.h"
#include "explain/Explanation.h"
#include "explain/PortfolioEntry.h"

#include <vector>

namespace credit::ui::testing {

inline explain::Explanation refusedExplanation()
{
    explain::Explanation explanation;
    explanation.probability = 0.231;
    explanation.threshold = 0.094;
    explanation.decision = explain::Decision::Refuse;
    explanation.distancePoints = 13.7;
    explanation.band = explain::Band::ClearRefusal;
    explanation.interpretation = {
        "Probabilité de difficultés de paiement de 23,1 %, au-dessus du seuil de 9,4 % : "
        "refus net.",
        "Probability of payment difficulties 23.1%, above the 9.4% threshold: clear refusal."};
    explanation.contributions = {
        {"EXT_SOURCE_3",
         {"Score externe n°3", "External score no. 3"},
         {"0,21", "0.21"},
         0.6,
         6.2,
         12,
         {}},
        {"EXT_SOURCE_2",
         {"Score externe n°2", "External score no. 2"},
         {"0,71", "0.71"},
         -0.4,
         -3.1,
         80,
         {}},
        {"DAYS_BIRTH", {"Âge", "Age"}, {"27 ans", "27 years"}, 0.2, 1.8, 10, {}},
        {"bureau.active_credits",
         {"Crédits actifs ailleurs", "Active credits elsewhere"},
         {"4", "4"},
         0.15,
         1.2,
         90,
         {}},
        {"AMT_GOODS_PRICE",
         {"Prix du bien", "Goods price"},
         {"450 000", "450,000"},
         -0.1,
         -0.7,
         60,
         {}},
    };
    explanation.adverseReasons = {
        {"EXT_SOURCE_3",
         true,
         {"Le score externe n°3 (0,21) est plus bas que celui de 88 % des clients.",
          "External score no. 3 (0.21) is lower than 88% of clients' scores."},
         6.2},
        {"DAYS_BIRTH",
         true,
         {"À 27 ans, le client est plus jeune que 90 % des clients.",
          "At 27, the client is younger than 90% of clients."},
         1.8},
    };
    explanation.favourableReasons = {
        {"EXT_SOURCE_2",
         false,
         {"Le score externe n°2 (0,71) est meilleur que celui de 80 % des clients.",
          "External score no. 2 (0.71) is better than 80% of clients' scores."},
         -3.1},
    };
    explanation.modelVersion = "test";
    return explanation;
}

inline explain::Fact fact(const char* labelFr, const char* labelEn, const char* valueFr,
                          const char* valueEn)
{
    return {{labelFr, labelEn}, {valueFr, valueEn}};
}

// The facts of the client the sample explanation explains: the values its reasons quote.
inline explain::ClientFacts sampleFacts(long long clientId = 100002)
{
    explain::ClientFacts facts;
    facts.clientId = clientId;
    facts.age = fact("Âge", "Age", "27 ans", "27 years");
    facts.income = fact("Revenu annuel", "Annual income", "202 500", "202,500");
    facts.credit = fact("Montant du crédit", "Credit amount", "406 598", "406,598");
    facts.annuity = fact("Annuité", "Annuity", "24 700", "24,700");
    facts.goodsPrice = fact("Prix du bien", "Goods price", "450 000", "450,000");
    facts.employmentLength =
        fact("Ancienneté dans l'emploi", "Time in employment", "1 an et 7 mois", "1 year 7 months");
    facts.familyStatus = fact("Situation familiale", "Family status", "Célibataire", "Single");
    facts.children = fact("Enfants", "Children", "0", "0");
    facts.education = fact("Études", "Education", "Secondaire", "Secondary");
    facts.contractType = fact("Type de contrat", "Contract type", "Prêt en espèces", "Cash loan");
    facts.housing = fact("Logement", "Housing", "Propriétaire", "House / apartment");
    facts.externalScore1 = fact("Score externe n°1", "External score no. 1", "0,08", "0.08");
    facts.externalScore2 = fact("Score externe n°2", "External score no. 2", "0,71", "0.71");
    facts.externalScore3 = fact("Score externe n°3", "External score no. 3", "0,21", "0.21");
    facts.activeCreditsElsewhere =
        fact("Crédits actifs ailleurs", "Active credits elsewhere", "4", "4");
    facts.closedCreditsElsewhere =
        fact("Crédits clos ailleurs", "Closed credits elsewhere", "6", "6");
    facts.previousApplications = fact("Demandes précédentes", "Previous applications", "1", "1");
    facts.previousRefusals = fact("Refus précédents", "Previous refusals", "0", "0");
    facts.lateInstalments =
        fact("Échéances payées en retard", "Late instalments", "3 sur 19", "3 of 19");
    return facts;
}

inline std::vector<explain::PortfolioEntry> samplePortfolio()
{
    using explain::Decision;
    return {
        {100002, Decision::Refuse, 0.231, {"Prêt en espèces", "Cash loans"}, 406597.5},
        {100003, Decision::Grant, 0.041, {"Prêt en espèces", "Cash loans"}, 1293502.5},
        {100004, Decision::Grant, 0.052, {"Crédit renouvelable", "Revolving loans"}, 135000.0},
        {9, Decision::Refuse, 0.150, {"Prêt en espèces", "Cash loans"}, 90000.0},
        {10, Decision::Grant, 0.025, {"Crédit renouvelable", "Revolving loans"}, 1000000.0},
        {200010, Decision::Grant, 0.099, {"Prêt en espèces", "Cash loans"}, 312682.5},
    };
}

} // namespace credit::ui::testing
