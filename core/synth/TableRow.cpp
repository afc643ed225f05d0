#include "synth/TableRow.h"

#include "synth/CsvText.h"

#include <algorithm>
#include <stdexcept>

namespace credit::synth {

double interpolateQuantile(const std::vector<double>& grid, double u)
{
    const double position = u * static_cast<double>(grid.size() - 1);
    const auto low = std::min(static_cast<std::size_t>(position), grid.size() - 2);
    const double fraction = position - static_cast<double>(low);
    return grid[low] + (grid[low + 1] - grid[low]) * fraction;
}

TableRow::TableRow(data::TableId table, std::vector<std::string> columns)
    : table_(table), columns_(std::move(columns)), cells_(columns_.size())
{
    const auto& known = marginals(table);
    for (const auto& name : columns_) {
        const auto found = std::find_if(known.begin(), known.end(),
                                        [&](const ColumnMarginal& m) { return m.name == name; });
        marginals_.push_back(found == known.end() ? nullptr : &*found);
        // Key columns have no marginal: they are integers written by the generators.
        formats_.push_back(found == known.end() ? NumberFormat::Integer : found->format);
        decimals_.push_back(found == known.end() ? 0 : found->decimals);
    }
}

std::string TableRow::header() const
{
    std::string out;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (i)
            out.push_back(',');
        out.append(columns_[i]);
    }
    out.push_back('\n');
    return out;
}

std::size_t TableRow::index(std::string_view column) const
{
    const auto found = std::find(columns_.begin(), columns_.end(), column);
    if (found == columns_.end())
        throw std::logic_error("synthetic generator: column " + std::string(column) +
                               " is not in " + std::string(data::fileName(table_)));
    return static_cast<std::size_t>(found - columns_.begin());
}

double TableRow::quantile(std::size_t column, double u) const
{
    const auto* m = marginals_[column];
    if (!m || m->quantiles.size() < 2)
        return kMissing;
    return interpolateQuantile(m->quantiles, u);
}

void TableRow::drawColumn(std::size_t column, Random& random, bool atRisk)
{
    Cell& cell = cells_[column];
    const auto* m = marginals_[column];
    if (!m || random.chance(m->missingRate)) {
        cell.clear();
        return;
    }
    if (m->isDiscrete()) {
        const auto& cumulative = atRisk && !m->cumulativeDefault.empty() ? m->cumulativeDefault
                                                                         : m->cumulativeNonDefault;
        const double u = random.uniform();
        const auto level = std::min(
            static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), u) -
                                     cumulative.begin()),
            cumulative.size() - 1);
        if (m->format == NumberFormat::Text)
            cell.setText(m->levels[level]);
        else
            cell.set(m->values[level]);
        return;
    }
    if (m->quantiles.size() < 2) {
        cell.clear();
        return;
    }
    cell.set(interpolateQuantile(m->quantiles, random.uniform()));
}

void TableRow::fillFromMarginals(Random& random, bool atRisk)
{
    for (std::size_t column = 0; column < cells_.size(); ++column)
        drawColumn(column, random, atRisk);
}

void TableRow::appendCsv(std::string& out) const
{
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        if (i)
            out.push_back(',');
        const Cell& cell = cells_[i];
        if (cell.isText)
            appendText(out, cell.text);
        else
            appendNumber(out, cell.number, formats_[i], decimals_[i]);
    }
    out.push_back('\n');
}

} // namespace credit::synth
