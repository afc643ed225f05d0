#pragma once

#include "explain/Explanation.h"

namespace credit::explain {

// One row of the advisor's client list: enough to find a client and see the outcome at a glance.
struct PortfolioEntry {
    long long clientId = 0; // SK_ID_CURR
    Decision decision = Decision::Grant;
    double probability = 0.0;   // probability of payment difficulties, 0-1
    LocalizedText contractType; // "Prêt en espèces" / "Cash loans"
    double creditAmount = 0.0;  // AMT_CREDIT, in the portfolio's currency
};

} // namespace credit::explain
