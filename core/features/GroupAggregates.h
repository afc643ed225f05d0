#pragma once

#include "data/Column.h"
#include "features/Aggregation.h"
#include "features/FeatureBlock.h"
#include "features/FeatureCatalogue.h"

#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <vector>

namespace credit::data {
class Table;
}

namespace credit::features {

// Reads a numeric cell; 365243 in a DAYS_* column is the export's "no date" and reads as NaN.
inline double readNumber(const data::Column* column, std::uint32_t row, bool days)
{
    if (column == nullptr)
        return kNaN;
    const double value = column->number(row);
    return (days && value == data::kNoDateSentinel) ? kNaN : value;
}

// Whether a column's 365243 means "no date": DAYS_* columns, by kind or by name.
bool isDaysColumn(const data::Column& column);

// How one value of a related row is obtained: a column, a formula of up to two columns, or a
// value computed beforehand per row of the applicant's group (bureau_balance per bureau credit).
struct RowValue {
    enum class Kind { Column, Formula, PerRow };
    Kind kind = Kind::Column;
    std::array<const data::Column*, 2> inputs{};
    std::array<bool, 2> days{};
    double (*formula)(double, double) = nullptr;
    std::size_t perRowIndex = 0;

    static RowValue column(const data::Table* table, std::string_view name);
    static RowValue formulaOf(const data::Table* table, std::string_view first,
                              std::string_view second, double (*formula)(double, double));
    static RowValue perRow(std::size_t index)
    {
        RowValue value;
        value.kind = Kind::PerRow;
        value.perRowIndex = index;
        return value;
    }

    // `position` is the row's position in the applicant's group (for PerRow values).
    double read(std::uint32_t row, std::size_t position, std::span<const double> perRow,
                std::size_t perRowWidth) const
    {
        switch (kind) {
        case Kind::Column:
            return readNumber(inputs[0], row, days[0]);
        case Kind::Formula:
            return formula(readNumber(inputs[0], row, days[0]),
                           readNumber(inputs[1], row, days[1]));
        case Kind::PerRow:
            return perRow[position * perRowWidth + perRowIndex];
        }
        return kNaN;
    }
};

// A set of aggregated values over the selected rows of an applicant's group: the recipe's
// `df.groupby('SK_ID_CURR').agg({...})` with a name prefix (BURO_, ACTIVE_, PREV_, ...).
class GroupAggregates {
public:
    GroupAggregates(std::string prefix, std::string table)
        : prefix_(std::move(prefix)), table_(std::move(table))
    {}

    // Declares prefix + valueName + "_" + AGG for each aggregation; returns the first index.
    std::size_t add(FeatureCatalogue& catalogue, const std::string& valueName, RowValue value,
                    std::vector<std::string> columns, const std::vector<Aggregation>& aggregations,
                    const std::string& labelKey, std::string table = {});
    // Declares one feature with an explicit name (extras like INSTAL_LATE_SHARE).
    std::size_t addNamed(FeatureCatalogue& catalogue, const std::string& name, RowValue value,
                         std::vector<std::string> columns, Aggregation aggregation,
                         const std::string& specAggregation, const std::string& labelKey);

    // `positions` selects rows of `rows` (the applicant's group); none selected gives NaN for all.
    void compute(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> positions,
                 std::span<const double> perRow, std::size_t perRowWidth,
                 std::vector<double>& buffer, double* out) const;

private:
    struct Output {
        Aggregation aggregation;
        std::size_t index;
    };
    struct Value {
        RowValue value;
        std::vector<Output> outputs;
        bool needsNUnique = false;
    };
    std::string prefix_;
    std::string table_;
    std::vector<Value> values_;
};

// The share of each fitted level of a category column among the selected rows (the recipe's
// one-hot columns averaged per applicant), or any of its aggregations (the credit card table).
class CategoryShares {
public:
    CategoryShares(FeatureCatalogue& catalogue, const std::string& prefix,
                   const CategoryLevels& levels, std::size_t categoryIndex,
                   const data::Table* table, std::initializer_list<Aggregation> aggregations,
                   const std::string& labelKey);

    void compute(std::span<const std::uint32_t> rows, std::span<const std::uint32_t> positions,
                 std::vector<std::size_t>& counts, double* out, UnseenCounts& unseen) const;

private:
    const data::Column* column_ = nullptr;
    std::vector<std::int32_t> levelOfCode_; // data code -> fitted level, -1 when unseen at fit
    std::size_t levelCount_ = 0;            // fitted levels, the missing level last
    bool missingLevel_ = false;
    std::size_t categoryIndex_ = 0;
    std::vector<Aggregation> aggregations_;
    std::vector<std::size_t> outputs_; // [level * aggregations + aggregation]
};

// Maps a dataset column's codes to the levels learned at fit (-1 for a level unseen at fit).
std::vector<std::int32_t> mapLevels(const data::Column& column,
                                    const std::vector<std::string>& fitted);

// The positions 0..n-1 of a group, or those whose row passes `keep`.
template <typename Keep>
void selectPositions(std::span<const std::uint32_t> rows, std::vector<std::uint32_t>& positions,
                     Keep keep)
{
    positions.clear();
    for (std::size_t position = 0; position < rows.size(); ++position)
        if (keep(rows[position]))
            positions.push_back(static_cast<std::uint32_t>(position));
}

} // namespace credit::features
