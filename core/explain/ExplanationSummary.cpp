#include "explain/ExplanationSummary.h"

namespace credit::explain {

Explanation summaryOf(const Explanation& explanation)
{
    Explanation summary;
    summary.probability = explanation.probability;
    summary.margin = explanation.margin;
    summary.baseMargin = explanation.baseMargin;
    summary.threshold = explanation.threshold;
    summary.decision = explanation.decision;
    summary.distancePoints = explanation.distancePoints;
    summary.band = explanation.band;
    summary.interpretation = explanation.interpretation;
    summary.adverseReasons = explanation.adverseReasons;
    summary.favourableReasons = explanation.favourableReasons;
    summary.modelVersion = explanation.modelVersion;
    return summary;
}

} // namespace credit::explain
