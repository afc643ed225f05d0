#pragma once

#include "explain/Explanation.h"

namespace credit::explain {

// One line of the client's file as an advisor reads it: a human label and a value already
// formatted with its unit in both languages ("34 ans" / "34 years", "135 000 €" / "€135,000").
// Core formats because only core knows the column's unit and the missing-value conventions
// (e.g. 365243 days meaning "not employed").
struct Fact {
    LocalizedText label;
    LocalizedText value;
};

// The client's main facts shown beside the score; produced by core, rendered by the facts panel.
// A fact whose value is missing carries a value text such as "non renseigné" / "not provided".
struct ClientFacts {
    long long clientId = 0; // SK_ID_CURR

    // Application
    Fact age;
    Fact income;
    Fact credit;
    Fact annuity;
    Fact goodsPrice;
    Fact employmentLength;
    Fact familyStatus;
    Fact children;
    Fact education;
    Fact contractType;
    Fact housing;
    Fact externalScore1;
    Fact externalScore2;
    Fact externalScore3;

    // History with other lenders (bureau) and with us (previous applications, instalments)
    Fact activeCreditsElsewhere;
    Fact closedCreditsElsewhere;
    Fact previousApplications;
    Fact previousRefusals;
    Fact lateInstalments;
};

} // namespace credit::explain
