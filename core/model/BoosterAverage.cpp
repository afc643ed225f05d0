#include "model/BoosterAverage.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace credit::model {
namespace {

const nlohmann::json& treesModel(const nlohmann::json& model)
{
    return model.at("learner").at("gradient_booster").at("model");
}

// XGBoost writes its model parameters as strings ("1", "0.0816..."); compare them as such.
std::string modelParameter(const nlohmann::json& model, const char* section, const char* name)
{
    const auto& learner = model.at("learner");
    const auto& parameters = std::string(section) == "gbtree_model_param"
                                 ? treesModel(model).at(section)
                                 : learner.at(section);
    return parameters.at(name).get<std::string>();
}

void requireSame(const nlohmann::json& first, const nlohmann::json& other, std::size_t member,
                 const char* section, const char* name)
{
    const std::string expected = modelParameter(first, section, name);
    const std::string found = modelParameter(other, section, name);
    if (expected != found) {
        throw std::invalid_argument("averaging boosters: member " + std::to_string(member) +
                                    " has " + name + " " + found + ", member 0 has " + expected);
    }
}

} // namespace

Booster averageBoosters(std::span<const Booster> members)
{
    if (members.empty()) {
        throw std::invalid_argument("averaging boosters: no member given");
    }
    std::vector<nlohmann::json> models;
    models.reserve(members.size());
    for (const Booster& member : members) {
        models.push_back(member.modelJson());
    }
    nlohmann::json& merged = models[0];
    if (merged.at("learner").at("gradient_booster").at("name") != "gbtree") {
        throw std::invalid_argument("averaging boosters: only gbtree models can be merged");
    }
    for (std::size_t m = 0; m < models.size(); ++m) {
        if (modelParameter(models[m], "gbtree_model_param", "num_parallel_tree") != "1" ||
            modelParameter(models[m], "learner_model_param", "num_class") != "0") {
            throw std::invalid_argument("averaging boosters: member " + std::to_string(m) +
                                        " is not a single-output model with one tree per round");
        }
        requireSame(merged, models[m], m, "learner_model_param", "base_score");
        requireSame(merged, models[m], m, "learner_model_param", "num_feature");
        requireSame(merged, models[m], m, "gbtree_model_param", "num_trees");
        if (models[m].at("learner").at("objective").at("name") !=
            merged.at("learner").at("objective").at("name")) {
            throw std::invalid_argument("averaging boosters: member " + std::to_string(m) +
                                        " has another objective than member 0");
        }
    }

    const std::size_t rounds = treesModel(merged).at("trees").size();
    const float scale = 1.0f / static_cast<float>(members.size());
    nlohmann::json trees = nlohmann::json::array();
    for (std::size_t round = 0; round < rounds; ++round) {
        for (const auto& model : models) {
            nlohmann::json tree = treesModel(model).at("trees").at(round);
            // Leaves hold their value in split_conditions; base_weights are the node weights.
            // Both scale so the tree stays self-consistent; covers (sum_hessian) stay, they are
            // what TreeSHAP weighs paths by.
            const auto& left = tree.at("left_children");
            auto& conditions = tree.at("split_conditions");
            auto& weights = tree.at("base_weights");
            for (std::size_t node = 0; node < left.size(); ++node) {
                if (left[node].get<int>() == -1) {
                    conditions[node] = conditions[node].get<float>() * scale;
                }
                weights[node] = weights[node].get<float>() * scale;
            }
            tree["id"] = trees.size();
            trees.push_back(std::move(tree));
        }
    }
    auto& model = merged.at("learner").at("gradient_booster").at("model");
    model["gbtree_model_param"]["num_trees"] = std::to_string(trees.size());
    model["gbtree_model_param"]["num_parallel_tree"] = std::to_string(members.size());
    model["tree_info"] = std::vector<int>(trees.size(), 0);
    model["trees"] = std::move(trees);

    const std::string text = merged.dump();
    return Booster::fromBytes(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

} // namespace credit::model
