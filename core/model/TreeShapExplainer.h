#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace credit::model {

class Booster;

// Exact path-dependent TreeSHAP (Lundberg, Erion and Lee 2018, "Consistent individualized
// feature attribution for tree ensembles", algorithm 2) over a copy of a booster's trees.
//
// Why not XGBoost's own predictContributions: for one client it builds a DMatrix, recomputes
// every node's mean value, allocates its path buffers and enters an OpenMP region on each call;
// on the scoring API that was a quarter of a request's instructions. The trees are read once
// here, with node expectations precomputed, and a call allocates nothing but its path buffer.
// The values are XGBoost's (same algorithm, same cover statistics); the tests compare the two
// on trained models within float rounding.
//
// Immutable after construction: contributions() may run on many threads at once.
class TreeShapExplainer {
public:
    // Reads the trees, covers and base score of a gbtree booster with a binary:logistic (or
    // other single-output) objective; throws std::invalid_argument naming what is unsupported
    // (gblinear, dart, multi-class, categorical splits).
    explicit TreeShapExplainer(const Booster& booster);

    std::size_t featureCount() const { return featureCount_; }

    // Fills `out` (featureCount() + 1 values) with each feature's contribution to the margin
    // (log-odds) and, last, the bias: the model's expected margin. They add up to the margin.
    // NaN in `row` is a missing value, as for XGBoost's dense input.
    void contributions(std::span<const float> row, std::span<float> out) const;

    // The model's margin (log-odds) and probability for one row, computed as XGBoost 1.7 does
    // (float sum of the base margin and each tree's leaf in tree order; 1 / (1 + e^-margin) in
    // float): bit-identical to Booster's predictions, which the tests check, without the
    // per-call set-up of XGBoost's in-place prediction (it re-reads the cgroup CPU quota files
    // on every call).
    float margin(std::span<const float> row) const;
    static float probabilityOf(float margin);

private:
    struct Node {
        int left = -1; // -1: a leaf
        int right = -1;
        int feature = 0;
        float threshold = 0.0f; // the leaf value for leaves
        bool defaultLeft = false;
        float cover = 0.0f;
    };
    struct Tree {
        std::vector<Node> nodes;
        float expectedValue = 0.0f; // mean prediction weighted by cover
        int depth = 0;
    };
    struct PathElement {
        int feature;
        float zeroFraction;
        float oneFraction;
        float weight;
    };

    void explainTree(const Tree& tree, std::span<const float> row, float* phi,
                     PathElement* paths) const;
    void recurse(const Tree& tree, int nodeIndex, std::span<const float> row, float* phi,
                 PathElement* parentPath, int depth, float parentZero, float parentOne,
                 int parentFeature) const;

    std::vector<Tree> trees_;
    std::size_t featureCount_ = 0;
    float baseMargin_ = 0.0f;
    int maxDepth_ = 0;
};

} // namespace credit::model
