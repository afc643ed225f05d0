#include "population/ReferenceStatistics.h"

#include "data/Table.h"
#include "population/Population.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <stdexcept>

namespace credit::population {

ReferenceStatistics ReferenceStatistics::build(const data::Table& applications,
                                               const features::FeatureMatrix* features, int bins)
{
    ReferenceStatistics statistics;
    statistics.clients_ = applications.rowCount();
    const Population population(applications, bins);
    std::vector<std::size_t> everyone(applications.rowCount());
    std::iota(everyone.begin(), everyone.end(), std::size_t{0});
    if (const auto* target = applications.find("TARGET")) {
        double positives = 0.0;
        double known = 0.0;
        for (const double value : target->numbers()) {
            if (!std::isnan(value)) {
                positives += value;
                known += 1.0;
            }
        }
        statistics.outcomeRate_ = known > 0 ? positives / known : 0.0;
    }
    for (const auto& variable : comparisonVariables()) {
        if (!applications.hasColumn(variable.column))
            continue;
        statistics.distributions_[variable.key] = population.distribution(variable, everyone);
        if (!variable.categorical) {
            std::vector<double> values(applications.rowCount());
            for (std::size_t row = 0; row < values.size(); ++row)
                values[row] = variable.value(applications, row);
            statistics.variableQuantiles_[variable.key] = quantiles101(std::move(values));
        }
    }
    if (features) {
        // The matrix is row-major: reading one column strides over every row, a cache miss per
        // value (276,707 x 718 of them at full size). A block of adjacent columns is read row by
        // row instead, each row's part of the block from one or two cache lines.
        constexpr std::size_t kBlock = 16;
        const std::size_t rows = features->rows();
        const std::size_t columns = features->columns();
        std::vector<std::vector<double>> block(kBlock);
        for (std::size_t first = 0; first < columns; first += kBlock) {
            const std::size_t count = std::min(kBlock, columns - first);
            for (std::size_t k = 0; k < count; ++k)
                block[k].resize(rows);
            for (std::size_t row = 0; row < rows; ++row) {
                const float* values = &features->values(static_cast<Eigen::Index>(row),
                                                        static_cast<Eigen::Index>(first));
                for (std::size_t k = 0; k < count; ++k)
                    block[k][row] = values[k];
            }
            for (std::size_t k = 0; k < count; ++k) {
                auto quantiles = quantiles101(std::move(block[k]));
                block[k] = {};
                if (!quantiles.empty())
                    statistics.featureQuantiles_[features->featureNames[first + k]] =
                        std::move(quantiles);
            }
        }
    }
    return statistics;
}

const Distribution* ReferenceStatistics::distribution(const std::string& variable) const
{
    const auto found = distributions_.find(variable);
    return found == distributions_.end() ? nullptr : &found->second;
}

double ReferenceStatistics::percentile(const std::string& variable, double value) const
{
    const auto found = variableQuantiles_.find(variable);
    return found == variableQuantiles_.end() ? std::nan("") : percentileOf(found->second, value);
}

double ReferenceStatistics::featurePercentile(const std::string& feature, double value) const
{
    const auto found = featureQuantiles_.find(feature);
    return found == featureQuantiles_.end() ? std::nan("") : percentileOf(found->second, value);
}

nlohmann::json ReferenceStatistics::toJson() const
{
    nlohmann::json distributions = nlohmann::json::object();
    for (const auto& [key, distribution] : distributions_) {
        distributions[key] = {
            {"categorical", distribution.categorical}, {"edges", distribution.edges},
            {"levels", distribution.levels},           {"all", distribution.all},
            {"repaid", distribution.repaid},           {"difficulties", distribution.difficulties},
            {"clients", distribution.clients},         {"missing", distribution.missing}};
    }
    return {{"format_version", kFormatVersion},
            {"clients", clients_},
            {"outcome_rate", outcomeRate_},
            {"distributions", std::move(distributions)},
            {"variable_quantiles", variableQuantiles_},
            {"feature_quantiles", featureQuantiles_}};
}

ReferenceStatistics ReferenceStatistics::fromJson(const nlohmann::json& json)
{
    try {
        if (json.at("format_version").get<int>() != kFormatVersion)
            throw std::runtime_error("reference statistics: format version " +
                                     std::to_string(json.at("format_version").get<int>()) +
                                     " is not " + std::to_string(kFormatVersion));
        ReferenceStatistics statistics;
        statistics.clients_ = json.at("clients").get<std::size_t>();
        statistics.outcomeRate_ = json.at("outcome_rate").get<double>();
        for (const auto& [key, item] : json.at("distributions").items()) {
            Distribution distribution;
            distribution.variable = key;
            distribution.categorical = item.at("categorical").get<bool>();
            distribution.edges = item.at("edges").get<std::vector<double>>();
            distribution.levels = item.at("levels").get<std::vector<std::string>>();
            distribution.all = item.at("all").get<std::vector<double>>();
            distribution.repaid = item.at("repaid").get<std::vector<double>>();
            distribution.difficulties = item.at("difficulties").get<std::vector<double>>();
            distribution.clients = item.at("clients").get<std::size_t>();
            distribution.missing = item.at("missing").get<std::size_t>();
            statistics.distributions_[key] = std::move(distribution);
        }
        statistics.variableQuantiles_ =
            json.at("variable_quantiles").get<std::map<std::string, std::vector<double>>>();
        statistics.featureQuantiles_ =
            json.at("feature_quantiles").get<std::map<std::string, std::vector<double>>>();
        return statistics;
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(std::string("reference statistics: malformed (") + error.what() +
                                 ")");
    }
}

} // namespace credit::population
