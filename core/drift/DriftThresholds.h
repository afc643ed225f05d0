#pragma once

#include "drift/DriftStatus.h"

namespace credit::drift {

// When a feature counts as drifted. PSI measures how much the distribution moved (effect size);
// the test p-value says whether the move could be chance. The defaults are the credit-risk
// conventions: PSI < 0.1 stable, 0.1-0.25 moderate shift, >= 0.25 major shift.
struct DriftThresholds {
    double psiWarning = 0.1;
    double psiAlert = 0.25;
    double pValue = 0.05;
    // The dataset is in alert when at least this share of the compared features drifted
    // (status Warning or Alert), as in common monitoring practice.
    double driftedShareAlert = 0.5;

    // Throws std::invalid_argument naming the bad value unless 0 < psiWarning <= psiAlert,
    // 0 < pValue < 1 and 0 < driftedShareAlert <= 1.
    void validate() const;

    // Alert when PSI >= psiAlert; Warning when PSI >= psiWarning or p-value < pValue (a
    // significant but small move); Stable otherwise; Unavailable when PSI is NaN.
    DriftStatus classify(double psi, double pValue) const;
};

} // namespace credit::drift
