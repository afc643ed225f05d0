#pragma once

#include "data/Column.h"

#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace credit::data {

// A typed columnar table: the in-memory form of one Home Credit CSV file.
class Table {
public:
    explicit Table(std::string name = {});

    const std::string& name() const { return name_; }
    std::size_t rowCount() const;
    std::size_t columnCount() const { return columns_.size(); }

    // Adds an empty column; throws DataError when the name is already taken.
    Column& addColumn(std::string name, ColumnKind kind);
    // The named column; throws DataError naming the table and the column when absent.
    const Column& column(std::string_view name) const;
    Column& column(std::string_view name);
    // The named column, or nullptr.
    const Column* find(std::string_view name) const;
    Column* find(std::string_view name);
    bool hasColumn(std::string_view name) const { return find(name) != nullptr; }

    const std::deque<Column>& columns() const { return columns_; }
    std::deque<Column>& columns() { return columns_; }

    // A new table holding the given rows, in that order.
    Table selectRows(std::span<const std::size_t> rows) const;

private:
    std::string name_;
    // A deque so references returned by addColumn stay valid while more columns are added.
    std::deque<Column> columns_;
};

} // namespace credit::data
