#pragma once

#include <cstddef>
#include <cstdint>
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
// Two ways to the same values. The recursion is algorithm 2 itself. The leaf tables follow
// Fast TreeSHAP v2 (Yang 2021, "Fast TreeSHAP: accelerating SHAP value computation for trees"):
// what a leaf adds to each feature on its path depends only on which of the path's features the
// row agrees with, so for shallow trees every combination is computed once, when the model is
// read, and explaining a row is one pass over the nodes and a table read per leaf. On the demo
// model (depth 4) that took the scoring API's TreeSHAP from ~1.0 M to ~0.2 M instructions per
// request (docs/performance.md). Tables are used when they fit (kTableBudget); the values agree
// with the recursion's within float rounding (the summation order differs), which tests check.
//
// Immutable after construction: contributions() may run on many threads at once.
class TreeShapExplainer {
public:
    enum class Method {
        Fastest,  // leaf tables when they fit the budget, the recursion otherwise
        Recursive // always algorithm 2 (the tests compare both)
    };
    // Upper bound on the tables' size, in floats (64 MiB): a leaf with k distinct features on its
    // path needs k * 2^k of them, which stays small for the depths we train (4 to 6).
    static constexpr std::size_t kTableBudget = std::size_t{16} << 20;

    // Reads the trees, covers and base score of a gbtree booster with a binary:logistic (or
    // other single-output) objective; throws std::invalid_argument naming what is unsupported
    // (gblinear, dart, multi-class, categorical splits).
    explicit TreeShapExplainer(const Booster& booster, Method method = Method::Fastest);

    // Whether contributions() reads precomputed leaf tables (false: the recursion).
    bool usesLeafTables() const { return !leafTables_.empty(); }

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
        std::size_t firstLeaf = 0; // this tree's leaves in leafPaths_
        std::size_t leafCount = 0;
    };
    // One split on the way from the root to a leaf.
    struct PathSplit {
        int node;          // the splitting node
        bool towardLeft;   // the leaf lies in its left subtree
        std::uint8_t slot; // which of the leaf's distinct path features it splits on
    };
    // A leaf's path: its splits, its distinct features, and its table of 2^k rows of k values,
    // row m for the rows that agree with the path exactly on the features whose bit is set in m.
    struct LeafPath {
        std::size_t firstSplit = 0;
        std::size_t splitCount = 0;
        std::size_t firstFeature = 0;
        std::size_t featureCount = 0; // k
        std::size_t tableOffset = 0;
    };
    struct PathElement {
        int feature;
        float zeroFraction;
        float oneFraction;
        float weight;
    };

    void buildLeafTables();
    void explainWithTables(std::span<const float> row, float* phi) const;
    void recurse(const Tree& tree, int nodeIndex, std::span<const float> row, float* phi,
                 PathElement* parentPath, int depth, float parentZero, float parentOne,
                 int parentFeature) const;

    std::vector<Tree> trees_;
    std::vector<LeafPath> leafPaths_;
    std::vector<PathSplit> pathSplits_;
    std::vector<int> pathFeatures_;
    std::vector<float> leafTables_;
    std::size_t largestTree_ = 0; // nodes
    std::size_t featureCount_ = 0;
    float baseMargin_ = 0.0f;
    int maxDepth_ = 0;
};

} // namespace credit::model
