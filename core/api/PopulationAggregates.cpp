#include "api/PopulationAggregates.h"

#include "population/SimilarGroupBands.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace credit::api {

namespace {

using nlohmann::json;

bool suppressed(double count, int minCellCount)
{
    return count > 0.0 && count < static_cast<double>(minCellCount);
}

json cell(double count, bool hide)
{
    if (hide)
        return json{{"suppressed", true}};
    return json{{"count", static_cast<long long>(count)}};
}

json filterJson(const population::GroupFilter& filter)
{
    json out = json::object();
    for (const auto& field : population::categoryFilterFields())
        if (const auto& value = filter.*field.member)
            out[field.name] = *value;
    if (filter.ageYears)
        out["age_years"] = {filter.ageYears->minimum, filter.ageYears->maximum};
    if (filter.income)
        out["income"] = {filter.income->minimum, filter.income->maximum};
    return out;
}

} // namespace

std::optional<std::string> groupFilterFromQuery(const QUrlQuery& query,
                                                population::GroupFilter& filter)
{
    for (const auto& [name, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const auto value = rawValue.toStdString();
        const auto& fields = population::categoryFilterFields();
        // A named copy: C++20 does not let a lambda capture a structured binding (clang refuses).
        const QString& parameter = name;
        const auto category =
            std::find_if(fields.begin(), fields.end(), [&parameter](const auto& field) {
                return parameter == QLatin1String(field.name);
            });
        if (category != fields.end())
            filter.*(category->member) = value;
        else if (name == QLatin1String("age_band") || name == QLatin1String("income_band")) {
            const bool age = name == QLatin1String("age_band");
            const auto& bands = age ? population::ageBands() : population::incomeBands();
            const auto band = population::findBand(bands, value);
            if (!band) {
                std::string known;
                for (const auto& each : bands)
                    known += (known.empty() ? "" : ", ") + each.key;
                return name.toStdString() + " '" + value + "' is not one of the fixed bands (" +
                       known + ")";
            }
            (age ? filter.ageYears : filter.income) = population::toRange(*band);
        }
    }
    return std::nullopt;
}

json distributionAnswer(const population::Distribution& distribution,
                        const population::GroupFilter& filter, int minCellCount)
{
    json out{{"variable", distribution.variable},
             {"categorical", distribution.categorical},
             {"min_cell_count", minCellCount},
             {"filter", filterJson(filter)}};
    const bool groupTooSmall = distribution.clients < static_cast<std::size_t>(minCellCount);
    out["clients"] = cell(static_cast<double>(distribution.clients),
                          suppressed(static_cast<double>(distribution.clients), minCellCount));
    out["missing"] =
        cell(static_cast<double>(distribution.missing),
             groupTooSmall || suppressed(static_cast<double>(distribution.missing), minCellCount));
    out["has_outcome"] = distribution.hasOutcome();
    if (distribution.categorical)
        out["levels"] = distribution.levels;
    else
        out["edges"] = distribution.edges;
    json bins = json::array();
    if (!groupTooSmall) {
        for (std::size_t i = 0; i < distribution.bins(); ++i) {
            json bin{
                {"all", cell(distribution.all[i], suppressed(distribution.all[i], minCellCount))}};
            if (distribution.hasOutcome()) {
                // Hiding one outcome but showing the other would reveal it by subtraction.
                const bool hideOutcomes = suppressed(distribution.all[i], minCellCount) ||
                                          suppressed(distribution.repaid[i], minCellCount) ||
                                          suppressed(distribution.difficulties[i], minCellCount);
                bin["repaid"] = cell(distribution.repaid[i], hideOutcomes);
                bin["difficulties"] = cell(distribution.difficulties[i], hideOutcomes);
            }
            bins.push_back(std::move(bin));
        }
    }
    out["bins"] = std::move(bins);
    out["group_suppressed"] = groupTooSmall;
    return out;
}

json densityAnswer(const population::ScatterGrid& grid, const std::string& x, const std::string& y,
                   std::size_t groupSize, int minCellCount)
{
    const bool groupTooSmall = groupSize < static_cast<std::size_t>(minCellCount);
    json out{{"x", x},
             {"y", y},
             {"min_cell_count", minCellCount},
             {"x_edges", grid.xEdges},
             {"y_edges", grid.yEdges},
             {"group_suppressed", groupTooSmall}};
    out["clients"] = cell(static_cast<double>(groupSize),
                          suppressed(static_cast<double>(groupSize), minCellCount));
    out["points"] =
        cell(static_cast<double>(grid.points),
             groupTooSmall || suppressed(static_cast<double>(grid.points), minCellCount));
    out["beyond_axes"] =
        cell(static_cast<double>(grid.beyondAxes),
             groupTooSmall || suppressed(static_cast<double>(grid.beyondAxes), minCellCount));
    json cells = json::array();
    if (!groupTooSmall)
        for (const double count : grid.counts)
            cells.push_back(cell(count, suppressed(count, minCellCount)));
    out["cells"] = std::move(cells); // row-major: y bin * x bins + x bin
    return out;
}

} // namespace credit::api
