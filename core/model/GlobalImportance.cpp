#include "model/GlobalImportance.h"

#include "model/DMatrix.h"

#include <algorithm>
#include <stdexcept>

namespace credit::model {

std::vector<std::size_t> importanceSampleRows(std::size_t rows, std::size_t maxRows)
{
    const std::size_t sampleSize = std::min(rows, maxRows);
    std::vector<std::size_t> sample;
    sample.reserve(sampleSize);
    for (std::size_t i = 0; i < sampleSize; ++i)
        sample.push_back(i * rows / sampleSize);
    return sample;
}

std::vector<FeatureImportance> globalImportance(const Booster& booster,
                                                const features::FeatureValues& values,
                                                const std::vector<std::string>& featureNames,
                                                std::size_t maxRows)
{
    if (featureNames.size() != static_cast<std::size_t>(values.cols())) {
        throw std::invalid_argument("global importance: " + std::to_string(featureNames.size()) +
                                    " feature names for " + std::to_string(values.cols()) +
                                    " columns");
    }
    const auto sample = importanceSampleRows(static_cast<std::size_t>(values.rows()), maxRows);
    const std::size_t sampleSize = sample.size();
    const ContributionMatrix contributions =
        booster.predictContributions(DMatrix(selectRows(values, sample)));
    std::vector<FeatureImportance> importance;
    for (std::size_t c = 0; c < featureNames.size(); ++c) {
        const double mean =
            sampleSize == 0
                ? 0.0
                : contributions.col(static_cast<Eigen::Index>(c)).cwiseAbs().cast<double>().mean();
        importance.push_back({featureNames[c], mean});
    }
    std::stable_sort(importance.begin(), importance.end(), [](const auto& a, const auto& b) {
        return a.meanAbsoluteShap > b.meanAbsoluteShap;
    });
    return importance;
}

nlohmann::json toJson(const std::vector<FeatureImportance>& importance)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto& entry : importance) {
        array.push_back({{"feature", entry.feature}, {"mean_abs_shap", entry.meanAbsoluteShap}});
    }
    return array;
}

std::vector<FeatureImportance> importanceFromJson(const nlohmann::json& array)
{
    std::vector<FeatureImportance> importance;
    for (const auto& entry : array) {
        importance.push_back(
            {entry.at("feature").get<std::string>(), entry.at("mean_abs_shap").get<double>()});
    }
    return importance;
}

} // namespace credit::model
