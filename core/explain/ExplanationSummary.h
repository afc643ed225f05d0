#pragma once

#include "explain/Explanation.h"

namespace credit::explain {

// The explanation without its per-group contributions: the decision, its probability, threshold
// and interpretation, the reasons and the model version. For views that show only those (the
// gauge, the reasons, the decision panel): the contributions, one per feature group with their
// texts, are most of an explanation's memory, and copying then freeing them for each view cost
// the app's selection of a client time it does not have (docs/performance.md, issue 24).
Explanation summaryOf(const Explanation& explanation);

} // namespace credit::explain
