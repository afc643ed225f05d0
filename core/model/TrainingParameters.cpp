#include "model/TrainingParameters.h"

#include <locale>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace credit::model {
namespace {

std::string numberText(double value)
{
    std::ostringstream out;
    out.imbue(std::locale::classic()); // XGBoost parses '.' decimals
    out.precision(17);
    out << value;
    return out.str();
}

std::string jsonValueText(const nlohmann::json& value)
{
    if (value.is_string()) {
        return value.get<std::string>();
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? "1" : "0";
    }
    if (value.is_number_integer() || value.is_number_unsigned()) {
        return std::to_string(value.get<long long>());
    }
    if (value.is_number()) {
        return numberText(value.get<double>());
    }
    throw std::invalid_argument("training parameter value " + value.dump() +
                                " is not a string, number or boolean");
}

template <typename T> void readNumber(const nlohmann::json& object, const char* key, T& target)
{
    const auto& value = object.at(key);
    if (!value.is_number()) {
        throw std::invalid_argument(std::string("training parameter \"") + key +
                                    "\" must be a number, got " + value.dump());
    }
    target = value.get<T>();
}

} // namespace

int hardwareThreads()
{
    const unsigned count = std::thread::hardware_concurrency();
    return count == 0 ? 1 : static_cast<int>(count);
}

TrainingParameters withBaseScore(TrainingParameters parameters, std::span<const float> labels)
{
    if (parameters.baseScore > 0.0)
        return parameters;
    double positives = 0;
    for (const float label : labels)
        positives += label > 0.5f ? 1 : 0;
    const double negatives = static_cast<double>(labels.size()) - positives;
    const double weight = parameters.scalePosWeight;
    parameters.baseScore = weight * positives / (weight * positives + negatives);
    return parameters;
}

std::vector<std::pair<std::string, std::string>> TrainingParameters::toXgboost() const
{
    std::vector<std::pair<std::string, std::string>> out = {
        {"eta", numberText(eta)},
        {"max_depth", std::to_string(maxDepth)},
        {"min_child_weight", numberText(minChildWeight)},
        {"subsample", numberText(subsample)},
        {"colsample_bytree", numberText(colsampleByTree)},
        {"lambda", numberText(lambda)},
        {"alpha", numberText(alpha)},
        {"gamma", numberText(gamma)},
        {"scale_pos_weight", numberText(scalePosWeight)},
        {"max_bin", std::to_string(maxBin)},
        {"tree_method", treeMethod},
        {"objective", objective},
        {"eval_metric", evalMetric},
        {"nthread", std::to_string(threads > 0 ? threads : hardwareThreads())},
        {"seed", std::to_string(seed)},
    };
    if (baseScore > 0.0) {
        out.emplace_back("base_score", numberText(baseScore));
    }
    out.insert(out.end(), extra.begin(), extra.end());
    return out;
}

nlohmann::json TrainingParameters::toJson() const
{
    nlohmann::json object = {
        {"eta", eta},
        {"max_depth", maxDepth},
        {"min_child_weight", minChildWeight},
        {"subsample", subsample},
        {"colsample_bytree", colsampleByTree},
        {"lambda", lambda},
        {"alpha", alpha},
        {"gamma", gamma},
        {"scale_pos_weight", scalePosWeight},
        {"base_score", baseScore},
        {"max_bin", maxBin},
        {"tree_method", treeMethod},
        {"objective", objective},
        {"eval_metric", evalMetric},
        {"nthread", threads},
        {"seed", seed},
    };
    for (const auto& [name, value] : extra) {
        object[name] = value;
    }
    return object;
}

TrainingParameters TrainingParameters::fromJson(const nlohmann::json& object)
{
    if (!object.is_object()) {
        throw std::invalid_argument("training parameters must be a JSON object, got " +
                                    std::string(object.type_name()));
    }
    TrainingParameters params;
    for (const auto& [key, value] : object.items()) {
        if (key == "eta" || key == "learning_rate") {
            if (!value.is_number()) {
                throw std::invalid_argument("training parameter \"" + key + "\" must be a number");
            }
            params.eta = value.get<double>();
        } else if (key == "max_depth") {
            readNumber(object, "max_depth", params.maxDepth);
        } else if (key == "min_child_weight") {
            readNumber(object, "min_child_weight", params.minChildWeight);
        } else if (key == "subsample") {
            readNumber(object, "subsample", params.subsample);
        } else if (key == "colsample_bytree") {
            readNumber(object, "colsample_bytree", params.colsampleByTree);
        } else if (key == "lambda") {
            readNumber(object, "lambda", params.lambda);
        } else if (key == "alpha") {
            readNumber(object, "alpha", params.alpha);
        } else if (key == "gamma") {
            readNumber(object, "gamma", params.gamma);
        } else if (key == "scale_pos_weight") {
            readNumber(object, "scale_pos_weight", params.scalePosWeight);
        } else if (key == "base_score") {
            readNumber(object, "base_score", params.baseScore);
        } else if (key == "max_bin") {
            readNumber(object, "max_bin", params.maxBin);
        } else if (key == "nthread") {
            readNumber(object, "nthread", params.threads);
        } else if (key == "seed") {
            readNumber(object, "seed", params.seed);
        } else if (key == "tree_method" || key == "objective" || key == "eval_metric") {
            if (!value.is_string()) {
                throw std::invalid_argument("training parameter \"" + key + "\" must be a string");
            }
            auto& target = key == "tree_method" ? params.treeMethod
                           : key == "objective" ? params.objective
                                                : params.evalMetric;
            target = value.get<std::string>();
        } else {
            params.extra.emplace_back(key, jsonValueText(value));
        }
    }
    return params;
}

} // namespace credit::model
