#pragma once

#include "data/TableId.h"
#include "synth/Calibration.h"
#include "synth/Random.h"

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace credit::synth {

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// One cell of a row being generated: a number (NaN = missing) or a category text.
struct Cell {
    double number = kMissing;
    std::string_view text;
    bool isText = false;

    void set(double value) { number = value, text = {}, isText = false; }
    void setText(std::string_view value) { text = value, isText = true; }
    void clear() { number = kMissing, text = {}, isText = false; }
};

// The columns of one Kaggle file bound to their calibrated marginals. Generators fill a row
// from the marginals, override the columns that carry structure (keys, dates, amounts, risk)
// by name, and append the row as CSV text in the file's column order.
class TableRow {
public:
    // `columns` are the file's header names in order (from the data module's built-in schema).
    TableRow(data::TableId table, std::vector<std::string> columns);

    const std::vector<std::string>& columns() const { return columns_; }
    std::string header() const;
    // Index of a column; throws std::logic_error naming the table when it is absent.
    std::size_t index(std::string_view column) const;
    const ColumnMarginal* marginal(std::size_t column) const { return marginals_[column]; }

    // Draws every column that has a marginal (missing at its rate, else from its distribution).
    // `atRisk` selects the default-class frequencies where the calibration has them.
    void fillFromMarginals(Random& random, bool atRisk);
    // Draws one column from its marginal with a given uniform (for copula-driven columns).
    double quantile(std::size_t column, double u) const;
    void drawColumn(std::size_t column, Random& random, bool atRisk);

    Cell& operator[](std::size_t column) { return cells_[column]; }
    void appendCsv(std::string& out) const;

private:
    data::TableId table_;
    std::vector<std::string> columns_;
    std::vector<const ColumnMarginal*> marginals_;
    std::vector<NumberFormat> formats_;
    std::vector<int> decimals_;
    std::vector<Cell> cells_;
};

// Value at probability u of a quantile grid, interpolated between grid points.
double interpolateQuantile(const std::vector<double>& grid, double u);

} // namespace credit::synth
