#pragma once

#include "explain/Explanation.h"

namespace credit::explain::testing {

// One refused client's explanation with a contribution, an adverse reason and a model version.
inline Explanation sampleExplanation()
{
    Explanation explanation;
    explanation.probability = 0.23;
    explanation.margin = -1.2;
    explanation.baseMargin = -2.4;
    explanation.threshold = 0.12;
    explanation.decision = Decision::Refuse;
    explanation.distancePoints = 11.0;
    explanation.band = Band::ClearRefusal;
    explanation.interpretation = {"phrase", "sentence"};
    explanation.contributions.push_back({"EXT_SOURCE_3",
                                         {"Score externe n°3", "External score no. 3"},
                                         {"0,21", "0.21"},
                                         0.35,
                                         4.1,
                                         20.0,
                                         {"EXT_SOURCE_3"}});
    explanation.adverseReasons.push_back({"EXT_SOURCE_3", true, {"raison", "reason"}, 4.1});
    explanation.modelVersion = "demo-1";
    return explanation;
}

} // namespace credit::explain::testing
