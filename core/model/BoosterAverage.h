#pragma once

#include "model/Booster.h"

#include <span>

namespace credit::model {

// One booster whose margin (log-odds) is the mean of the members' margins: seed bagging kept
// in a single gbtree model, so the bundle, scoring and TreeSHAP need nothing new. Round r of
// the result holds every member's tree r (num_parallel_tree = members, the layout of XGBoost's
// boosted forests), each leaf divided by the member count; with a shared base score,
//   margin = base + sum over members and trees of leaf / K = mean of the members' margins.
// Path-dependent TreeSHAP is linear in the leaf values, so the merged model's exact SHAP values
// are the mean of the members' SHAP values and still add up to its margin. Averaging margins
// rather than probabilities is what keeps the explanation additive in log-odds.
//
// The members must be single-output gbtree models with the same objective, base score, feature
// count and number of rounds, each with one tree per round; std::invalid_argument otherwise.
Booster averageBoosters(std::span<const Booster> members);

} // namespace credit::model
