#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>

namespace credit::model {

// Says what is wrong with the trees of a booster's model document, or nothing when XGBoost 1.7
// can load and run it safely. Why this exists: XGBoost trusts the indices it reads. Its tree
// loader looks up every node's parent without a bounds check (a parent of 0x7fffffff, which is
// what it writes for the root, read for another node, is an out-of-bounds read: found by the
// model_bundle fuzzer), its tree list trusts "num_trees" against "tree_info", and prediction
// follows child and feature indices as they are. A bundle whose checksum was recomputed after
// an edit reaches all of this, so the bundle loader asks here first.
//
// Accepted: a "gbtree" booster whose "num_trees", "trees" and "tree_info" agree (one output
// group); in each tree, node arrays as long as "num_nodes", children that are both -1 (a leaf)
// or two distinct other nodes whose parent is this node, every non-root node's parent a node
// of the tree, split features below "num_feature", numerical splits only, finite values.
std::optional<std::string> treeEnsembleProblem(const nlohmann::json& model);

// The same for the UBJSON bytes XGBoost wrote, which must already have passed
// ubjsonStructureProblem (UbjsonStructure.h).
std::optional<std::string> treeEnsembleProblemInUbjson(std::span<const std::uint8_t> bytes);

} // namespace credit::model
