#include "model/TreeEnsembleCheck.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace credit::model {
namespace {

// Thrown inside the check only; the public functions turn it into their answer.
struct EnsembleProblem {
    std::string what;
};

[[noreturn]] void fail(const std::string& what)
{
    throw EnsembleProblem{what};
}

const nlohmann::json& member(const nlohmann::json& object, const char* name, const std::string& in)
{
    if (!object.is_object())
        fail(in + " is not an object");
    const auto found = object.find(name);
    if (found == object.end())
        fail(in + " has no \"" + name + "\"");
    return *found;
}

const nlohmann::json& arrayMember(const nlohmann::json& object, const char* name,
                                  const std::string& in)
{
    const auto& value = member(object, name, in);
    if (!value.is_array())
        fail(in + "'s \"" + name + "\" is not an array");
    return value;
}

// A value read from the model, for a message. The UBJSON reader does not check that strings are
// UTF-8, and dump() throws on those that are not: replaced characters instead (a fuzzer find).
std::string shown(const nlohmann::json& value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// XGBoost writes its parameters as decimal text ("num_trees": "120").
std::int64_t countParameter(const nlohmann::json& object, const char* name, const std::string& in,
                            std::int64_t largest)
{
    const auto& value = member(object, name, in);
    if (!value.is_string())
        fail(in + "'s \"" + name + "\" is not a number written as text");
    const auto& text = value.get_ref<const std::string&>();
    std::int64_t number = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || number < 0 || number > largest)
        fail(in + "'s \"" + name + "\" is " + shown(value) + ", not a count from 0 to " +
             std::to_string(largest));
    return number;
}

std::int64_t integerAt(const nlohmann::json& array, std::size_t index, const std::string& what)
{
    const auto& value = array[index];
    if (!value.is_number_integer())
        fail(what + " " + std::to_string(index) + " is not an integer");
    return value.get<std::int64_t>();
}

double finiteAt(const nlohmann::json& array, std::size_t index, const std::string& what)
{
    const auto& value = array[index];
    if (!value.is_number())
        fail(what + " " + std::to_string(index) + " is not a number");
    const double number = value.get<double>();
    if (!std::isfinite(number))
        fail(what + " " + std::to_string(index) + " is not a finite number");
    return number;
}

void checkTree(const nlohmann::json& tree, const std::string& name, std::int64_t featureCount)
{
    // Bounded so that the index arithmetic below stays in int32, as XGBoost's node ids are.
    constexpr std::int64_t kMaxNodes = std::numeric_limits<std::int32_t>::max() / 2;
    const auto nodeCount = static_cast<std::size_t>(countParameter(
        member(tree, "tree_param", name), "num_nodes", name + "'s tree_param", kMaxNodes));
    if (nodeCount == 0)
        fail(name + " has no nodes");
    for (const char* array :
         {"left_children", "right_children", "parents", "split_indices", "split_conditions",
          "default_left", "base_weights", "loss_changes", "sum_hessian"}) {
        const auto& values = arrayMember(tree, array, name);
        if (values.size() != nodeCount)
            fail(name + "'s \"" + array + "\" holds " + std::to_string(values.size()) +
                 " values for " + std::to_string(nodeCount) + " nodes");
    }
    // Categorical splits index a separate category table that XGBoost does not bound either;
    // this project never trains them.
    if (const auto types = tree.find("split_type"); types != tree.end()) {
        if (!types->is_array())
            fail(name + "'s \"split_type\" is not an array");
        for (std::size_t i = 0; i < types->size(); ++i)
            if (integerAt(*types, i, name + "'s split type") != 0)
                fail(name + " has a categorical split at node " + std::to_string(i) +
                     "; only numerical splits are read");
    }
    for (const char* array :
         {"categories", "categories_nodes", "categories_segments", "categories_sizes"})
        if (const auto values = tree.find(array); values != tree.end() && !values->empty())
            fail(name + " has category tables (\"" + array + "\"); only numerical splits are read");

    const auto& left = tree["left_children"];
    const auto& right = tree["right_children"];
    const auto& parents = tree["parents"];
    const auto& features = tree["split_indices"];
    const auto last = static_cast<std::int64_t>(nodeCount) - 1;
    std::vector<std::int64_t> parentOf(nodeCount);
    for (std::size_t i = 1; i < nodeCount; ++i) {
        parentOf[i] = integerAt(parents, i, name + "'s parent of node");
        if (parentOf[i] < 0 || parentOf[i] > last)
            fail(name + "'s node " + std::to_string(i) + " names parent " +
                 std::to_string(parentOf[i]) + ", not one of its " + std::to_string(nodeCount) +
                 " nodes");
    }
    for (std::size_t i = 0; i < nodeCount; ++i) {
        const auto leftChild = integerAt(left, i, name + "'s left child of node");
        const auto rightChild = integerAt(right, i, name + "'s right child of node");
        finiteAt(tree["split_conditions"], i, name + "'s split value or leaf of node");
        finiteAt(tree["sum_hessian"], i, name + "'s cover of node");
        if (leftChild == -1)
            continue; // a leaf: XGBoost reads only its value
        // A child is a later node whose parent is this one: with one parent each, the nodes
        // reached from the root form a tree, so prediction cannot loop or share a subtree.
        for (const auto child : {leftChild, rightChild})
            if (child < 1 || child > last ||
                parentOf[static_cast<std::size_t>(child)] != static_cast<std::int64_t>(i))
                fail(name + "'s node " + std::to_string(i) + " names child " +
                     std::to_string(child) + ", which is not a node whose parent it is");
        if (leftChild == rightChild)
            fail(name + "'s node " + std::to_string(i) + " has the same node on both sides");
        const auto feature = integerAt(features, i, name + "'s split feature of node");
        if (feature < 0 || feature >= featureCount)
            fail(name + "'s node " + std::to_string(i) + " splits on feature " +
                 std::to_string(feature) + " of " + std::to_string(featureCount));
    }
}

void checkEnsemble(const nlohmann::json& model)
{
    const auto& learner = member(model, "learner", "the model");
    const auto featureCount =
        countParameter(member(learner, "learner_model_param", "the learner"), "num_feature",
                       "the learner's parameters", std::numeric_limits<std::int32_t>::max());
    const auto& booster = member(learner, "gradient_booster", "the learner");
    const auto& boosterName = member(booster, "name", "the booster");
    if (boosterName != "gbtree")
        fail("the booster is " + shown(boosterName) + "; only \"gbtree\" models are read");
    const auto& ensemble = member(booster, "model", "the booster");
    const auto& trees = arrayMember(ensemble, "trees", "the tree ensemble");
    const auto& groups = arrayMember(ensemble, "tree_info", "the tree ensemble");
    const auto declared =
        countParameter(member(ensemble, "gbtree_model_param", "the tree ensemble"), "num_trees",
                       "the tree ensemble's parameters", std::numeric_limits<std::int32_t>::max());
    if (static_cast<std::size_t>(declared) != trees.size() || groups.size() != trees.size())
        fail("the tree ensemble declares " + std::to_string(declared) + " trees, holds " +
             std::to_string(trees.size()) + " and lists " + std::to_string(groups.size()) +
             " in tree_info");
    std::vector<char> seen(trees.size(), 0);
    for (std::size_t t = 0; t < trees.size(); ++t) {
        if (integerAt(groups, t, "the output group of tree") != 0)
            fail("tree " + std::to_string(t) +
                 " belongs to another output; only single-output "
                 "models are read");
        const auto name = "tree " + std::to_string(t);
        const auto& id = member(trees[t], "id", name);
        if (!id.is_number_integer() || id.get<std::int64_t>() < 0 ||
            id.get<std::int64_t>() >= static_cast<std::int64_t>(trees.size()) ||
            seen[id.get<std::size_t>()])
            fail(name + "'s id " + shown(id) + " is not a distinct number below " +
                 std::to_string(trees.size()));
        seen[id.get<std::size_t>()] = 1;
        checkTree(trees[t], name, featureCount);
    }
}

} // namespace

std::optional<std::string> treeEnsembleProblem(const nlohmann::json& model)
{
    try {
        checkEnsemble(model);
    } catch (const EnsembleProblem& problem) {
        return problem.what;
    }
    return std::nullopt;
}

std::optional<std::string> treeEnsembleProblemInUbjson(std::span<const std::uint8_t> bytes)
{
    nlohmann::json model;
    try {
        model = nlohmann::json::from_ubjson(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::exception& error) {
        return std::string("the model is not readable UBJSON: ") + error.what();
    }
    return treeEnsembleProblem(model);
}

} // namespace credit::model
