#pragma once

#include "explain/Explanation.h"

#include <string>
#include <vector>

namespace credit::explain {

// One actionable change to the application, e.g. the credit amount from 500,000 to 420,000.
struct CounterfactualChange {
    std::string field;   // Home Credit column, e.g. "AMT_CREDIT"
    LocalizedText label; // "Montant du crédit" / "Credit amount"
    double from = 0.0;
    double to = 0.0;
    LocalizedText description; // "Montant du crédit : 500 000 → 420 000"
};

// A set of changes that together bring the probability under the threshold.
struct Counterfactual {
    std::vector<CounterfactualChange> changes;
    double probability = 0.0; // the model's probability for the changed application
    LocalizedText sentence;   // one plain sentence an advisor can read out
};

struct CounterfactualResult {
    std::vector<Counterfactual> suggestions; // at most three, smallest change first
    // When there is no suggestion: why (already granted, or none within realistic bounds).
    LocalizedText statement;
};

} // namespace credit::explain
