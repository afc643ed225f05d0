#pragma once

#include <cstddef>
#include <limits>
#include <span>
#include <string_view>

namespace credit::features {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// How the values of one column over an applicant's related rows are summarised. The semantics are
// pandas' groupby ones, because the recipe the features follow was written in pandas:
//   Min/Max/Mean skip NaN and are NaN when no value is present; Sum skips NaN and is 0 when every
//   value is NaN; Var is the sample variance (ddof = 1), NaN with fewer than two values; Size
//   counts rows whether NaN or not; NUnique counts distinct non-NaN values.
// An applicant with no row at all in the group gets NaN for every aggregation (the recipe's left
// join); only the explicit *_COUNT features are 0 then (see FeatureCatalogue).
enum class Aggregation { Min, Max, Mean, Sum, Var, Size, NUnique };

// "MIN", "MAX", ... : the suffix of the recipe's feature names.
std::string_view suffix(Aggregation aggregation);
// "min", "max", ... : the name stored in the spec.
std::string_view specName(Aggregation aggregation);

// Summary of a group's values, computed once and read for every requested aggregation.
struct ValueSummary {
    std::size_t rows = 0;  // values, NaN included
    std::size_t valid = 0; // non-NaN values
    double sum = 0.0;
    double min = kNaN;
    double max = kNaN;
    double mean = kNaN;
    double variance = kNaN;
};

// Two passes (mean, then squared deviations) so the variance of large amounts stays accurate.
ValueSummary summarise(std::span<const double> values);

// The aggregation of a summarised group. NUnique needs the values themselves (sorted in place).
double aggregate(const ValueSummary& summary, Aggregation aggregation, std::span<double> values);

// a / b, NaN when either is NaN or b is 0 (pandas would give inf; a tree model cannot use inf).
inline double ratio(double a, double b)
{
    return (b == 0.0 || a != a || b != b) ? kNaN : a / b;
}

} // namespace credit::features
