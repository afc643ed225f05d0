#include "population/Distribution.h"

#include <algorithm>
#include <cmath>

namespace credit::population {

std::size_t Distribution::binOf(double value) const
{
    if (edges.size() < 2)
        return 0;
    const auto upper = std::upper_bound(edges.begin() + 1, edges.end() - 1, value);
    return static_cast<std::size_t>(upper - (edges.begin() + 1));
}

std::vector<double> quantiles101(std::vector<double> values)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
        values.end());
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    std::vector<double> quantiles(101);
    const double last = static_cast<double>(values.size() - 1);
    for (int q = 0; q <= 100; ++q) {
        // Linear interpolation between closest ranks, as numpy's default.
        const double position = last * q / 100.0;
        const auto below = static_cast<std::size_t>(std::floor(position));
        const auto above = std::min(values.size() - 1, below + 1);
        const double weight = position - static_cast<double>(below);
        quantiles[static_cast<std::size_t>(q)] =
            values[below] * (1.0 - weight) + values[above] * weight;
    }
    return quantiles;
}

double percentileOf(const std::vector<double>& quantiles, double value)
{
    if (quantiles.size() != 101 || std::isnan(value))
        return std::nan("");
    if (value < quantiles.front())
        return 0.0;
    if (value > quantiles.back())
        return 100.0;
    const auto first = std::lower_bound(quantiles.begin(), quantiles.end(), value);
    const auto last = std::upper_bound(quantiles.begin(), quantiles.end(), value);
    if (first != last) { // ties: the middle of the flat stretch
        const double low = static_cast<double>(first - quantiles.begin());
        const double high = static_cast<double>(last - quantiles.begin() - 1);
        return (low + high) / 2.0;
    }
    const auto above = static_cast<std::size_t>(first - quantiles.begin());
    const auto below = above - 1;
    const double span = quantiles[above] - quantiles[below];
    return static_cast<double>(below) + (span > 0 ? (value - quantiles[below]) / span : 0.0);
}

} // namespace credit::population
