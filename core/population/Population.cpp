#include "population/Population.h"

#include <algorithm>
#include <cmath>

namespace credit::population {

namespace {

bool categoryMatches(const data::Table& table, const char* column,
                     const std::optional<std::string>& wanted, std::size_t row)
{
    if (!wanted)
        return true;
    const auto* found = table.find(column);
    return found && found->isCategory() && found->text(row) == *wanted;
}

bool inRange(double value, const std::optional<GroupFilter::Range>& range)
{
    return !range || (!std::isnan(value) && value >= range->minimum && value < range->maximum);
}

} // namespace

Population::Population(const data::Table& applications, int bins)
    : applications_(applications), bins_(bins)
{}

std::vector<std::size_t> Population::select(const GroupFilter& filter) const
{
    std::vector<std::size_t> rows;
    rows.reserve(applications_.rowCount());
    const auto* age = findComparisonVariable("age_years");
    const auto* income = findComparisonVariable("AMT_INCOME_TOTAL");
    for (std::size_t row = 0; row < applications_.rowCount(); ++row) {
        if (categoryMatches(applications_, "CODE_GENDER", filter.gender, row) &&
            categoryMatches(applications_, "NAME_CONTRACT_TYPE", filter.contractType, row) &&
            categoryMatches(applications_, "NAME_EDUCATION_TYPE", filter.education, row) &&
            categoryMatches(applications_, "NAME_FAMILY_STATUS", filter.familyStatus, row) &&
            categoryMatches(applications_, "NAME_HOUSING_TYPE", filter.housing, row) &&
            inRange(age->value(applications_, row), filter.ageYears) &&
            inRange(income->value(applications_, row), filter.income))
            rows.push_back(row);
    }
    return rows;
}

std::vector<double> Population::edgesFor(const ComparisonVariable& variable, int bins) const
{
    // The table does not change under a Population, so its edges are computed once per
    // variable and bin count: the server asks for them on every aggregate request.
    const auto key = std::make_pair(variable.key, bins);
    {
        std::lock_guard lock(edgesMutex_);
        if (const auto found = edgesCache_.find(key); found != edgesCache_.end())
            return found->second;
    }
    auto edges = computeEdges(variable, bins);
    std::lock_guard lock(edgesMutex_);
    edgesCache_.emplace(key, edges);
    return edges;
}

std::vector<double> Population::computeEdges(const ComparisonVariable& variable, int bins) const
{
    std::vector<double> values;
    values.reserve(applications_.rowCount());
    for (std::size_t row = 0; row < applications_.rowCount(); ++row)
        values.push_back(variable.value(applications_, row));
    const auto quantiles = quantiles101(std::move(values));
    if (quantiles.empty())
        return {};
    // Percentiles 1-99 (not min/max) so one extreme income does not squeeze every other bar.
    double low = quantiles[1];
    double high = quantiles[99];
    if (high <= low) {
        low = quantiles.front();
        high = std::max(quantiles.back(), low + 1.0);
    }
    std::vector<double> edges(static_cast<std::size_t>(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        edges[static_cast<std::size_t>(i)] = low + (high - low) * i / bins;
    return edges;
}

Distribution Population::distribution(const ComparisonVariable& variable,
                                      std::span<const std::size_t> rows) const
{
    Distribution result;
    result.variable = variable.key;
    result.categorical = variable.categorical;
    result.clients = rows.size();
    const auto* target = applications_.find("TARGET");
    if (variable.categorical) {
        const auto& column = applications_.column(variable.column);
        result.levels = column.levels();
    } else {
        result.edges = edgesFor(variable, bins_);
    }
    const std::size_t bins = variable.categorical
                                 ? result.levels.size()
                                 : (result.edges.empty() ? 0 : result.edges.size() - 1);
    result.all.assign(bins, 0.0);
    if (target) {
        result.repaid.assign(bins, 0.0);
        result.difficulties.assign(bins, 0.0);
    }
    for (const auto row : rows) {
        const double value = variable.value(applications_, row);
        if (std::isnan(value) || bins == 0) {
            ++result.missing;
            continue;
        }
        const auto bin =
            variable.categorical ? static_cast<std::size_t>(value) : result.binOf(value);
        result.all[bin] += 1.0;
        if (target && !target->isMissing(row))
            (target->number(row) > 0.5 ? result.difficulties : result.repaid)[bin] += 1.0;
    }
    return result;
}

double Population::percentile(const ComparisonVariable& variable, double value,
                              std::span<const std::size_t> rows) const
{
    if (variable.categorical || std::isnan(value))
        return std::nan("");
    // Share of the group strictly below, plus half of the ties: the usual "mid-rank" percentile.
    double below = 0.0;
    double equal = 0.0;
    double counted = 0.0;
    for (const auto row : rows) {
        const double other = variable.value(applications_, row);
        if (std::isnan(other))
            continue;
        counted += 1.0;
        below += other < value;
        equal += other == value;
    }
    return counted > 0 ? 100.0 * (below + equal / 2.0) / counted : std::nan("");
}

ScatterGrid Population::scatter(const ComparisonVariable& x, const ComparisonVariable& y,
                                std::span<const std::size_t> rows, int bins) const
{
    ScatterGrid grid;
    grid.xEdges = edgesFor(x, bins);
    grid.yEdges = edgesFor(y, bins);
    if (grid.xEdges.empty() || grid.yEdges.empty())
        return grid;
    Distribution xAxis;
    xAxis.edges = grid.xEdges;
    Distribution yAxis;
    yAxis.edges = grid.yEdges;
    const auto xBins = grid.xEdges.size() - 1;
    grid.counts.assign(xBins * (grid.yEdges.size() - 1), 0.0);
    for (const auto row : rows) {
        const double xValue = x.value(applications_, row);
        const double yValue = y.value(applications_, row);
        if (std::isnan(xValue) || std::isnan(yValue))
            continue;
        grid.counts[yAxis.binOf(yValue) * xBins + xAxis.binOf(xValue)] += 1.0;
        ++grid.points;
        if (xValue < grid.xEdges.front() || xValue > grid.xEdges.back() ||
            yValue < grid.yEdges.front() || yValue > grid.yEdges.back())
            ++grid.beyondAxes;
    }
    return grid;
}

} // namespace credit::population
