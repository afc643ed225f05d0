#pragma once

#include "features/FeatureMatrix.h"
#include "population/Distribution.h"

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace credit::data {
class Table;
}

namespace credit::population {

// What a model bundle carries about its training population so the app can say "this client
// vs all clients" without shipping any client row: per comparison variable a histogram
// (overall and by outcome) and 101 quantiles; per engineered feature 101 quantiles, which give
// each explanation group its percentile.
class ReferenceStatistics {
public:
    static constexpr int kFormatVersion = 1;

    static ReferenceStatistics build(const data::Table& applications,
                                     const features::FeatureMatrix* features, int bins = 30);

    std::size_t clients() const { return clients_; }
    double outcomeRate() const { return outcomeRate_; }

    const Distribution* distribution(const std::string& variable) const;
    // Percentile (0-100) of a comparison variable's value; NaN when unknown.
    double percentile(const std::string& variable, double value) const;
    // Percentile of an engineered feature's value; NaN when the feature has no reference.
    double featurePercentile(const std::string& feature, double value) const;
    bool hasFeature(const std::string& feature) const
    {
        return featureQuantiles_.count(feature) != 0;
    }

    nlohmann::json toJson() const;
    // Throws std::runtime_error naming what is wrong.
    static ReferenceStatistics fromJson(const nlohmann::json& json);

private:
    std::size_t clients_ = 0;
    double outcomeRate_ = 0.0;
    std::map<std::string, Distribution> distributions_;
    std::map<std::string, std::vector<double>> variableQuantiles_;
    std::map<std::string, std::vector<double>> featureQuantiles_;
};

} // namespace credit::population
