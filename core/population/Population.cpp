#include "population/Population.h"

#include <algorithm>
#include <cmath>

namespace credit::population {

namespace {

// A category filter with its column and level code looked up once: comparing codes per row,
// not text, is what keeps a scan of the whole portfolio within a request's budget.
class CategoryTest {
public:
    CategoryTest(const data::Table& table, const char* column,
                 const std::optional<std::string>& wanted)
        : wanted_(wanted)
    {
        if (!wanted_)
            return;
        const auto* found = table.find(column);
        column_ = found && found->isCategory() ? found : nullptr;
        if (column_)
            code_ = column_->codeOf(*wanted_);
    }

    bool operator()(std::size_t row) const
    {
        if (!wanted_)
            return true;
        if (!column_)
            return false;
        // A level the column never saw has no code: compare the text (what a missing cell
        // reads as) to keep the meaning of the plain comparison.
        return code_ != data::Column::kMissingCode ? column_->code(row) == code_
                                                   : column_->text(row) == *wanted_;
    }

private:
    const std::optional<std::string>& wanted_;
    const data::Column* column_ = nullptr;
    std::int32_t code_ = data::Column::kMissingCode;
};

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
    const VariableReader age(*findComparisonVariable("age_years"), applications_);
    const VariableReader income(*findComparisonVariable("AMT_INCOME_TOTAL"), applications_);
    const CategoryTest gender(applications_, "CODE_GENDER", filter.gender);
    const CategoryTest contractType(applications_, "NAME_CONTRACT_TYPE", filter.contractType);
    const CategoryTest education(applications_, "NAME_EDUCATION_TYPE", filter.education);
    const CategoryTest familyStatus(applications_, "NAME_FAMILY_STATUS", filter.familyStatus);
    const CategoryTest housing(applications_, "NAME_HOUSING_TYPE", filter.housing);
    for (std::size_t row = 0; row < applications_.rowCount(); ++row) {
        if (gender(row) && contractType(row) && education(row) && familyStatus(row) &&
            housing(row) && inRange(age(row), filter.ageYears) &&
            inRange(income(row), filter.income))
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
    const VariableReader value(variable, applications_);
    for (std::size_t row = 0; row < applications_.rowCount(); ++row)
        values.push_back(value(row));
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
    const VariableReader valueOf(variable, applications_);
    for (const auto row : rows) {
        const double value = valueOf(row);
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
    const VariableReader valueOf(variable, applications_);
    for (const auto row : rows) {
        const double other = valueOf(row);
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
    const VariableReader xOf(x, applications_);
    const VariableReader yOf(y, applications_);
    for (const auto row : rows) {
        const double xValue = xOf(row);
        const double yValue = yOf(row);
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
