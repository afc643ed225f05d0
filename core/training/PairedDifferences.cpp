#include "training/PairedDifferences.h"

#include "common/NumberFormat.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>

namespace credit::training {

PairedDifferences PairedDifferences::of(std::vector<double> differences)
{
    PairedDifferences result;
    result.differences = std::move(differences);
    const auto& values = result.differences;
    if (values.empty())
        return result;
    const double n = static_cast<double>(values.size());
    result.mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0.0;
    for (const double value : values)
        squares += (value - result.mean) * (value - result.mean);
    result.sd = values.size() > 1 ? std::sqrt(squares / (n - 1.0)) : 0.0;
    result.standardError = result.sd / std::sqrt(n);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    result.min = *low;
    result.max = *high;
    return result;
}

nlohmann::json PairedDifferences::toJson() const
{
    return {{"pairs", differences.size()},     {"mean", mean}, {"sd", sd},
            {"standard_error", standardError}, {"min", min},   {"max", max},
            {"differences", differences}};
}

bool removalCostsBeyondNoise(const PairedDifferences& removalCost, double standardErrors)
{
    return !removalCost.differences.empty() &&
           removalCost.mean > standardErrors * removalCost.standardError;
}

std::string familyRuleText(double standardErrors)
{
    return "a family is kept only when removing it from the full set lowers the held-out fold "
           "AUC by more than " +
           common::formatFixed(standardErrors, 0) +
           " standard errors of the paired differences (mean over repeats x folds); otherwise "
           "it is switched off";
}

} // namespace credit::training
