#pragma once

namespace credit::model {

// What each kind of error costs the bank, in units of one wrongly refused good client. The
// mission's rule: a missed defaulter (false negative) costs about ten times a false positive.
struct CostMatrix {
    double falseNegativeCost = 10.0;
    double falsePositiveCost = 1.0;
};

} // namespace credit::model
