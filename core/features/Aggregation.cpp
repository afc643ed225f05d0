#include "features/Aggregation.h"

#include <algorithm>
#include <cmath>

namespace credit::features {

std::string_view suffix(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Min:
        return "MIN";
    case Aggregation::Max:
        return "MAX";
    case Aggregation::Mean:
        return "MEAN";
    case Aggregation::Sum:
        return "SUM";
    case Aggregation::Var:
        return "VAR";
    case Aggregation::Size:
        return "SIZE";
    case Aggregation::NUnique:
        return "NUNIQUE";
    }
    return "";
}

std::string_view specName(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Min:
        return "min";
    case Aggregation::Max:
        return "max";
    case Aggregation::Mean:
        return "mean";
    case Aggregation::Sum:
        return "sum";
    case Aggregation::Var:
        return "var";
    case Aggregation::Size:
        return "size";
    case Aggregation::NUnique:
        return "nunique";
    }
    return "";
}

ValueSummary summarise(std::span<const double> values)
{
    ValueSummary summary;
    summary.rows = values.size();
    double minimum = std::numeric_limits<double>::infinity();
    double maximum = -std::numeric_limits<double>::infinity();
    for (const double value : values) {
        if (std::isnan(value))
            continue;
        ++summary.valid;
        summary.sum += value;
        minimum = std::min(minimum, value);
        maximum = std::max(maximum, value);
    }
    if (summary.valid == 0)
        return summary;
    summary.min = minimum;
    summary.max = maximum;
    summary.mean = summary.sum / static_cast<double>(summary.valid);
    if (summary.valid >= 2) {
        double squares = 0.0;
        for (const double value : values) {
            if (std::isnan(value))
                continue;
            const double deviation = value - summary.mean;
            squares += deviation * deviation;
        }
        summary.variance = squares / static_cast<double>(summary.valid - 1);
    }
    return summary;
}

double aggregate(const ValueSummary& summary, Aggregation aggregation, std::span<double> values)
{
    switch (aggregation) {
    case Aggregation::Min:
        return summary.min;
    case Aggregation::Max:
        return summary.max;
    case Aggregation::Mean:
        return summary.mean;
    case Aggregation::Sum:
        return summary.sum;
    case Aggregation::Var:
        return summary.variance;
    case Aggregation::Size:
        return static_cast<double>(summary.rows);
    case Aggregation::NUnique: {
        const auto end = std::remove_if(values.begin(), values.end(),
                                        [](double value) { return std::isnan(value); });
        std::sort(values.begin(), end);
        return static_cast<double>(std::unique(values.begin(), end) - values.begin());
    }
    }
    return kNaN;
}

} // namespace credit::features
