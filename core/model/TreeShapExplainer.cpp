#include "model/TreeShapExplainer.h"

#include "model/Booster.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace credit::model {

namespace {

using nlohmann::json;

float numberFromText(const json& value)
{
    // XGBoost writes its learner parameters as strings ("8.157836E-2").
    return value.is_string() ? std::stof(value.get<std::string>()) : value.get<float>();
}

// Adds a feature to the path: every subset weight is split between "feature absent" (zero
// fraction) and "feature present" (one fraction).
void extendPath(auto* path, int depth, float zeroFraction, float oneFraction, int feature)
{
    path[depth] = {feature, zeroFraction, oneFraction, depth == 0 ? 1.0f : 0.0f};
    for (int i = depth - 1; i >= 0; --i) {
        path[i + 1].weight += oneFraction * path[i].weight * static_cast<float>(i + 1) /
                              static_cast<float>(depth + 1);
        path[i].weight = zeroFraction * path[i].weight * static_cast<float>(depth - i) /
                         static_cast<float>(depth + 1);
    }
}

// Undoes extendPath for the element at `index` (a feature split on again further down).
void unwindPath(auto* path, int depth, int index)
{
    const float one = path[index].oneFraction;
    const float zero = path[index].zeroFraction;
    float next = path[depth].weight;
    for (int i = depth - 1; i >= 0; --i) {
        if (one != 0.0f) {
            const float kept = path[i].weight;
            path[i].weight =
                next * static_cast<float>(depth + 1) / (static_cast<float>(i + 1) * one);
            next = kept - path[i].weight * zero * static_cast<float>(depth - i) /
                              static_cast<float>(depth + 1);
        } else {
            path[i].weight = path[i].weight * static_cast<float>(depth + 1) /
                             (zero * static_cast<float>(depth - i));
        }
    }
    for (int i = index; i < depth; ++i) {
        path[i].feature = path[i + 1].feature;
        path[i].zeroFraction = path[i + 1].zeroFraction;
        path[i].oneFraction = path[i + 1].oneFraction;
    }
}

// The total weight the path would have without the element at `index`, without changing it.
float unwoundPathSum(const auto* path, int depth, int index)
{
    const float one = path[index].oneFraction;
    const float zero = path[index].zeroFraction;
    float next = path[depth].weight;
    float total = 0.0f;
    for (int i = depth - 1; i >= 0; --i) {
        if (one != 0.0f) {
            const float share =
                next * static_cast<float>(depth + 1) / (static_cast<float>(i + 1) * one);
            total += share;
            next = path[i].weight -
                   share * zero * static_cast<float>(depth - i) / static_cast<float>(depth + 1);
        } else {
            total += (path[i].weight / zero) /
                     (static_cast<float>(depth - i) / static_cast<float>(depth + 1));
        }
    }
    return total;
}

} // namespace

TreeShapExplainer::TreeShapExplainer(const Booster& booster, Method method)
{
    const auto model = booster.modelJson();
    const auto& learner = model.at("learner");
    const auto& gradientBooster = learner.at("gradient_booster");
    const auto boosterName = gradientBooster.at("name").get<std::string>();
    if (boosterName != "gbtree")
        throw std::invalid_argument("TreeSHAP needs a gbtree model, this one is " + boosterName);
    const auto& parameters = learner.at("learner_model_param");
    const auto classes = numberFromText(parameters.at("num_class"));
    if (classes > 1.0f)
        throw std::invalid_argument("TreeSHAP here explains single-output models, this one has " +
                                    std::to_string(static_cast<int>(classes)) + " classes");
    featureCount_ = static_cast<std::size_t>(numberFromText(parameters.at("num_feature")));
    const float baseScore = numberFromText(parameters.at("base_score"));
    const auto objective = learner.at("objective").at("name").get<std::string>();
    // The bias starts at the base score on the margin scale, as XGBoost's contributions do.
    baseMargin_ = objective.starts_with("binary:logistic") || objective == "reg:logistic"
                      ? -std::log(1.0f / baseScore - 1.0f)
                      : baseScore;

    for (const auto& source : gradientBooster.at("model").at("trees")) {
        const auto& left = source.at("left_children");
        const auto& right = source.at("right_children");
        const auto& features = source.at("split_indices");
        const auto& conditions = source.at("split_conditions");
        const auto& defaultLeft = source.at("default_left");
        const auto& covers = source.at("sum_hessian");
        if (source.contains("split_type"))
            for (const auto& type : source.at("split_type"))
                if (type.get<int>() != 0)
                    throw std::invalid_argument("TreeSHAP here does not handle categorical splits");
        const std::size_t nodeCount = left.size();
        for (const auto* column : {&right, &features, &conditions, &defaultLeft, &covers})
            if (!column->is_array() || column->size() != nodeCount)
                throw std::invalid_argument("a tree's node arrays differ in length");
        if (nodeCount == 0)
            throw std::invalid_argument("a tree without nodes");
        Tree tree;
        tree.nodes.resize(nodeCount);
        auto childIndex = [nodeCount](int index) {
            if (index < 0 || static_cast<std::size_t>(index) >= nodeCount)
                throw std::invalid_argument("a tree node's child " + std::to_string(index) +
                                            " is not one of its " + std::to_string(nodeCount) +
                                            " nodes");
            return index;
        };
        for (std::size_t i = 0; i < nodeCount; ++i) {
            auto& node = tree.nodes[i];
            node.left = left[i].get<int>();
            node.right = right[i].get<int>();
            if (node.left >= 0 || node.right >= 0) {
                childIndex(node.left);
                childIndex(node.right);
            }
            node.feature = features[i].get<int>();
            node.threshold = conditions[i].get<float>();
            node.defaultLeft = defaultLeft[i].is_boolean() ? defaultLeft[i].get<bool>()
                                                           : defaultLeft[i].get<int>() != 0;
            node.cover = covers[i].get<float>();
            if (node.left >= 0 && static_cast<std::size_t>(node.feature) >= featureCount_)
                throw std::invalid_argument("tree node splits on feature " +
                                            std::to_string(node.feature) + " of " +
                                            std::to_string(featureCount_));
        }
        // Expected value (cover-weighted mean of the leaves) and depth, children before parents.
        // An explicit stack, not recursion, and every node reached once: a forged model whose
        // children loop or share a subtree is refused instead of exhausting the stack.
        std::vector<std::pair<double, int>> meanAndDepth(nodeCount);
        std::vector<char> reached(nodeCount, 0);
        std::vector<std::pair<int, bool>> pending{{0, false}}; // node, children already done
        reached[0] = 1;
        while (!pending.empty()) {
            const auto [index, childrenDone] = pending.back();
            pending.pop_back();
            const auto& node = tree.nodes[static_cast<std::size_t>(index)];
            if (node.left < 0) {
                meanAndDepth[static_cast<std::size_t>(index)] = {node.threshold, 0};
                continue;
            }
            if (!childrenDone) {
                pending.push_back({index, true});
                for (const int child : {node.left, node.right}) {
                    if (reached[static_cast<std::size_t>(child)])
                        throw std::invalid_argument("tree node " + std::to_string(child) +
                                                    " is reached twice");
                    reached[static_cast<std::size_t>(child)] = 1;
                    pending.push_back({child, false});
                }
                continue;
            }
            const auto& [leftMean, leftDepth] = meanAndDepth[static_cast<std::size_t>(node.left)];
            const auto& [rightMean, rightDepth] =
                meanAndDepth[static_cast<std::size_t>(node.right)];
            const auto& leftNode = tree.nodes[static_cast<std::size_t>(node.left)];
            const auto& rightNode = tree.nodes[static_cast<std::size_t>(node.right)];
            meanAndDepth[static_cast<std::size_t>(index)] = {
                (leftMean * leftNode.cover + rightMean * rightNode.cover) /
                    static_cast<double>(node.cover),
                1 + std::max(leftDepth, rightDepth)};
        }
        const auto [mean, depth] = meanAndDepth[0];
        // The explanation walks recurse once per level; our training never grows trees this deep.
        constexpr int kMaxTreeDepth = 64;
        if (depth > kMaxTreeDepth)
            throw std::invalid_argument("a tree " + std::to_string(depth) +
                                        " levels deep; explanations handle up to " +
                                        std::to_string(kMaxTreeDepth));
        tree.expectedValue = static_cast<float>(mean);
        tree.depth = depth;
        maxDepth_ = std::max(maxDepth_, depth);
        largestTree_ = std::max(largestTree_, tree.nodes.size());
        trees_.push_back(std::move(tree));
    }
    if (method == Method::Fastest)
        buildLeafTables();
}

// Fast TreeSHAP v2's precomputation. For each leaf: its splits, its distinct path features with
// their zero fractions (the product of cover ratios over every split on the feature: the share
// of the training rows that would reach the leaf without that feature), and for every pattern
// of agreement m the contributions algorithm 2 gives when the one fractions are m's bits.
void TreeShapExplainer::buildLeafTables()
{
    struct Step {
        int node;
        bool towardLeft;
    };
    std::size_t tableSize = 0;
    std::vector<Step> steps; // the current root-to-node path while walking a tree
    std::vector<LeafPath> leaves;
    std::vector<PathSplit> splits;
    std::vector<int> features;
    std::vector<float> zeroFractions; // per distinct feature of the leaf being added
    for (auto& tree : trees_) {
        tree.firstLeaf = leaves.size();
        const std::function<bool(int)> walk = [&](int index) {
            const auto& node = tree.nodes[static_cast<std::size_t>(index)];
            if (node.left >= 0) {
                steps.push_back({index, true});
                const bool leftFits = walk(node.left);
                steps.back().towardLeft = false;
                const bool rightFits = leftFits && walk(node.right);
                steps.pop_back();
                return rightFits;
            }
            if (steps.empty())
                return true; // a tree that is a single leaf contributes only to the bias
            LeafPath leaf;
            leaf.firstSplit = splits.size();
            leaf.splitCount = steps.size();
            leaf.firstFeature = features.size();
            zeroFractions.clear();
            for (const auto& step : steps) {
                const auto& parent = tree.nodes[static_cast<std::size_t>(step.node)];
                const auto& child = tree.nodes[static_cast<std::size_t>(
                    step.towardLeft ? parent.left : parent.right)];
                const auto known =
                    std::find(features.begin() + static_cast<std::ptrdiff_t>(leaf.firstFeature),
                              features.end(), parent.feature);
                const auto slot = static_cast<std::size_t>(
                    known - features.begin() - static_cast<std::ptrdiff_t>(leaf.firstFeature));
                if (known == features.end()) {
                    features.push_back(parent.feature);
                    zeroFractions.push_back(1.0f);
                }
                zeroFractions[slot] *= child.cover / parent.cover;
                splits.push_back({step.node, step.towardLeft, static_cast<std::uint8_t>(slot)});
            }
            leaf.featureCount = features.size() - leaf.firstFeature;
            leaf.tableOffset = tableSize;
            tableSize += leaf.featureCount << leaf.featureCount;
            leaves.push_back(leaf);
            return leaf.featureCount <= 16 && tableSize <= kTableBudget;
        };
        if (!walk(0))
            return; // too large: the recursion serves every call
        tree.leafCount = leaves.size() - tree.firstLeaf;
    }

    std::vector<float> tables(tableSize);
    std::vector<PathElement> path(static_cast<std::size_t>(maxDepth_) + 2);
    for (const auto& tree : trees_) {
        for (std::size_t l = tree.firstLeaf; l < tree.firstLeaf + tree.leafCount; ++l) {
            const auto& leaf = leaves[l];
            const int k = static_cast<int>(leaf.featureCount);
            // The zero fractions again, in slot order.
            std::vector<float> zero(leaf.featureCount, 1.0f);
            for (std::size_t s = leaf.firstSplit; s < leaf.firstSplit + leaf.splitCount; ++s) {
                const auto& split = splits[s];
                const auto& parent = tree.nodes[static_cast<std::size_t>(split.node)];
                const auto& child = tree.nodes[static_cast<std::size_t>(
                    split.towardLeft ? parent.left : parent.right)];
                zero[split.slot] *= child.cover / parent.cover;
            }
            const auto& last = splits[leaf.firstSplit + leaf.splitCount - 1];
            const auto& lastParent = tree.nodes[static_cast<std::size_t>(last.node)];
            const float leafValue =
                tree.nodes[static_cast<std::size_t>(last.towardLeft ? lastParent.left
                                                                    : lastParent.right)]
                    .threshold;
            for (std::uint32_t mask = 0; mask < (1u << k); ++mask) {
                extendPath(path.data(), 0, 1.0f, 1.0f, -1);
                for (int j = 0; j < k; ++j)
                    extendPath(path.data(), j + 1, zero[static_cast<std::size_t>(j)],
                               (mask >> j) & 1u ? 1.0f : 0.0f, j);
                float* row = tables.data() + leaf.tableOffset +
                             static_cast<std::size_t>(mask) * leaf.featureCount;
                for (int i = 1; i <= k; ++i) {
                    const float weight = unwoundPathSum(path.data(), k, i);
                    const auto& element = path[static_cast<std::size_t>(i)];
                    row[element.feature] =
                        weight * (element.oneFraction - element.zeroFraction) * leafValue;
                }
            }
        }
    }
    leafPaths_ = std::move(leaves);
    pathSplits_ = std::move(splits);
    pathFeatures_ = std::move(features);
    leafTables_ = std::move(tables);
}

void TreeShapExplainer::explainWithTables(std::span<const float> row, float* phi) const
{
    // Which way the row goes at each split, decided once per node rather than once per leaf.
    std::vector<unsigned char> goesLeft(largestTree_);
    for (const auto& tree : trees_) {
        for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
            const auto& node = tree.nodes[i];
            if (node.left < 0)
                continue;
            const float value = row[static_cast<std::size_t>(node.feature)];
            goesLeft[i] = std::isnan(value) ? node.defaultLeft : value < node.threshold;
        }
        for (std::size_t l = tree.firstLeaf; l < tree.firstLeaf + tree.leafCount; ++l) {
            const auto& leaf = leafPaths_[l];
            std::uint32_t agreement = (1u << leaf.featureCount) - 1u;
            const PathSplit* split = pathSplits_.data() + leaf.firstSplit;
            for (std::size_t s = 0; s < leaf.splitCount; ++s, ++split)
                if (static_cast<bool>(goesLeft[static_cast<std::size_t>(split->node)]) !=
                    split->towardLeft)
                    agreement &= ~(1u << split->slot);
            const float* values = leafTables_.data() + leaf.tableOffset +
                                  static_cast<std::size_t>(agreement) * leaf.featureCount;
            const int* features = pathFeatures_.data() + leaf.firstFeature;
            for (std::size_t j = 0; j < leaf.featureCount; ++j)
                phi[features[j]] += values[j];
        }
    }
}

void TreeShapExplainer::contributions(std::span<const float> row, std::span<float> out) const
{
    if (row.size() != featureCount_ || out.size() != featureCount_ + 1)
        throw std::invalid_argument("TreeSHAP: expected " + std::to_string(featureCount_) +
                                    " feature values and room for " +
                                    std::to_string(featureCount_ + 1) + " contributions");
    std::fill(out.begin(), out.end(), 0.0f);
    float bias = baseMargin_;
    for (const auto& tree : trees_)
        bias += tree.expectedValue;
    out[featureCount_] = bias;
    if (usesLeafTables()) {
        explainWithTables(row, out.data());
        return;
    }
    // Each recursion level copies the path so far, one element longer: (D + 2)(D + 3) / 2.
    const auto longest = static_cast<std::size_t>(maxDepth_ + 2);
    std::vector<PathElement> paths(longest * (longest + 1) / 2);
    for (const auto& tree : trees_)
        if (tree.depth > 0)
            recurse(tree, 0, row, out.data(), paths.data(), 0, 1.0f, 1.0f, -1);
}

float TreeShapExplainer::margin(std::span<const float> row) const
{
    if (row.size() != featureCount_)
        throw std::invalid_argument("tree prediction: expected " + std::to_string(featureCount_) +
                                    " feature values, got " + std::to_string(row.size()));
    float sum = baseMargin_;
    for (const auto& tree : trees_) {
        int index = 0;
        for (;;) {
            const auto& node = tree.nodes[static_cast<std::size_t>(index)];
            if (node.left < 0) {
                sum += node.threshold; // the leaf value
                break;
            }
            const float value = row[static_cast<std::size_t>(node.feature)];
            index = std::isnan(value)        ? (node.defaultLeft ? node.left : node.right)
                    : value < node.threshold ? node.left
                                             : node.right;
        }
    }
    return sum;
}

float TreeShapExplainer::probabilityOf(float margin)
{
    return 1.0f / (1.0f + std::exp(-margin));
}

void TreeShapExplainer::recurse(const Tree& tree, int nodeIndex, std::span<const float> row,
                                float* phi, PathElement* parentPath, int depth, float parentZero,
                                float parentOne, int parentFeature) const
{
    const auto& node = tree.nodes[static_cast<std::size_t>(nodeIndex)];
    PathElement* path = parentPath + depth + 1;
    std::copy(parentPath, parentPath + depth + 1, path);
    extendPath(path, depth, parentZero, parentOne, parentFeature);

    if (node.left < 0) {
        for (int i = 1; i <= depth; ++i) {
            const float weight = unwoundPathSum(path, depth, i);
            const auto& element = path[i];
            phi[element.feature] +=
                weight * (element.oneFraction - element.zeroFraction) * node.threshold;
        }
        return;
    }

    const float value = row[static_cast<std::size_t>(node.feature)];
    const int hot = std::isnan(value)        ? (node.defaultLeft ? node.left : node.right)
                    : value < node.threshold ? node.left
                                             : node.right;
    const int cold = hot == node.left ? node.right : node.left;
    const float hotZero = tree.nodes[static_cast<std::size_t>(hot)].cover / node.cover;
    const float coldZero = tree.nodes[static_cast<std::size_t>(cold)].cover / node.cover;
    float incomingZero = 1.0f;
    float incomingOne = 1.0f;

    // A feature already on the path is taken off and put back with this split's fractions.
    int seen = 0;
    while (seen <= depth && path[seen].feature != node.feature)
        ++seen;
    if (seen <= depth) {
        incomingZero = path[seen].zeroFraction;
        incomingOne = path[seen].oneFraction;
        unwindPath(path, depth, seen);
        --depth;
    }
    recurse(tree, hot, row, phi, path, depth + 1, hotZero * incomingZero, incomingOne,
            node.feature);
    recurse(tree, cold, row, phi, path, depth + 1, coldZero * incomingZero, 0.0f, node.feature);
}

} // namespace credit::model
