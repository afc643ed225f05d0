#include "model/TreeEnsembleCheck.h"

#include "TrainOnSynthetic.h"

#include <catch2/catch.hpp>
#include <limits>
#include <string>

using credit::model::treeEnsembleProblem;
using credit::model::treeEnsembleProblemInUbjson;

namespace {

bool mentions(const std::optional<std::string>& problem, const std::string& text)
{
    return problem && problem->find(text) != std::string::npos;
}

// The first tree with at least one split: the mutations below need an internal node.
nlohmann::json& firstSplitTree(nlohmann::json& model)
{
    for (auto& tree : model["learner"]["gradient_booster"]["model"]["trees"])
        if (tree["left_children"][0].get<int>() != -1)
            return tree;
    FAIL("no tree of the test model splits");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("The trees of a booster XGBoost trained pass the ensemble check", "[ubjson]")
{
    credit::model::TrainingParameters parameters;
    parameters.maxDepth = 4;
    parameters.threads = 1;
    const auto data = credit::testing::makeSyntheticLogistic(300, 8, 3);
    const auto booster = credit::testing::trainOn(data, parameters, 12);
    const auto fromBytes = treeEnsembleProblemInUbjson(booster.serialize());
    INFO(fromBytes.value_or(""));
    CHECK_FALSE(fromBytes);
    auto model = booster.modelJson();
    CHECK_FALSE(treeEnsembleProblem(model));

    auto& tree = firstSplitTree(model);
    const int left = tree["left_children"][0].get<int>();
    const int right = tree["right_children"][0].get<int>();

    SECTION("a node's parent outside the tree (XGBoost read out of bounds: fuzzer find)")
    {
        tree["parents"][left] = std::numeric_limits<std::int32_t>::max();
        CHECK(mentions(treeEnsembleProblem(model), "names parent 2147483647"));
    }
    SECTION("a child that is the root: prediction would loop")
    {
        tree["left_children"][0] = 0;
        CHECK(mentions(treeEnsembleProblem(model), "names child 0"));
    }
    SECTION("a child whose parent is another node: two parents share a subtree")
    {
        tree["parents"][right] = left;
        CHECK(mentions(treeEnsembleProblem(model), "names child " + std::to_string(right)));
    }
    SECTION("a child past the last node")
    {
        tree["right_children"][0] = tree["left_children"].size();
        CHECK(mentions(treeEnsembleProblem(model), "which is not a node whose parent it is"));
    }
    SECTION("the same node on both sides")
    {
        tree["right_children"][0] = left;
        tree["parents"][right] = 0;
        CHECK(mentions(treeEnsembleProblem(model), "same node on both sides"));
    }
    SECTION("a split on a feature the model does not have")
    {
        tree["split_indices"][0] = 8;
        CHECK(mentions(treeEnsembleProblem(model), "splits on feature 8 of 8"));
    }
    SECTION("a node array shorter than num_nodes")
    {
        tree["sum_hessian"].erase(tree["sum_hessian"].size() - 1);
        CHECK(mentions(treeEnsembleProblem(model), "\"sum_hessian\" holds"));
    }
    SECTION("a leaf value that is not finite")
    {
        tree["split_conditions"][left] = std::numeric_limits<double>::infinity();
        CHECK(mentions(treeEnsembleProblem(model), "not a finite number"));
    }
    SECTION("a categorical split")
    {
        tree["split_type"][0] = 1;
        CHECK(mentions(treeEnsembleProblem(model), "categorical split"));
    }
    SECTION("num_trees larger than the trees listed (XGBoost trusts it for tree_info)")
    {
        auto& ensemble = model["learner"]["gradient_booster"]["model"];
        ensemble["gbtree_model_param"]["num_trees"] = "13";
        CHECK(mentions(treeEnsembleProblem(model), "declares 13 trees, holds 12"));
    }
    SECTION("two trees with one id")
    {
        auto& trees = model["learner"]["gradient_booster"]["model"]["trees"];
        trees[1]["id"] = 0;
        CHECK(mentions(treeEnsembleProblem(model), "tree 1's id 0"));
    }
    SECTION("a count that is not a number")
    {
        tree["tree_param"]["num_nodes"] = "12x";
        CHECK(mentions(treeEnsembleProblem(model), "\"12x\", not a count"));
    }
    SECTION("a name that is not UTF-8 is named in the refusal, not thrown (fuzzer find)")
    {
        model["learner"]["gradient_booster"]["name"] = std::string("gb\xe5");
        CHECK(mentions(treeEnsembleProblem(model), "only \"gbtree\""));
    }
    SECTION("a count with bad bytes is shown escaped: no control character reaches a message")
    {
        tree["tree_param"]["num_nodes"] = std::string("1\xe5\x01");
        const auto problem = treeEnsembleProblem(model);
        CHECK(mentions(problem, "\\u0001\", not a count"));
        CHECK(problem->find('\x01') == std::string::npos);
    }
    SECTION("another booster kind")
    {
        model["learner"]["gradient_booster"]["name"] = "dart";
        CHECK(mentions(treeEnsembleProblem(model), "only \"gbtree\""));
    }
}
