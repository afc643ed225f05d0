#pragma once

#include "data/Column.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
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
    // Adds a copy of a column (its name must be free), e.g. to rebuild a table without one.
    Column& addColumn(Column column);
    // The named column; throws DataError naming the table and the column when absent.
    const Column& column(std::string_view name) const;
    Column& column(std::string_view name);
    // The named column, or nullptr.
    const Column* find(std::string_view name) const;
    Column* find(std::string_view name);
    bool hasColumn(std::string_view name) const { return find(name) != nullptr; }

    const std::deque<Column>& columns() const { return columns_; }
    // For changing cells in place; columns are added only through addColumn (the name index).
    std::deque<Column>& columns() { return columns_; }

    // A new table holding the given rows, in that order.
    Table selectRows(std::span<const std::size_t> rows) const;

private:
    std::string name_;
    // A deque so references returned by addColumn stay valid while more columns are added.
    std::deque<Column> columns_;
    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    using NameIndex =
        std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>>;
    // Column positions by name. Binding the feature blocks to one client's record looks up
    // hundreds of names in 122-column tables: a linear scan, then a binary search, were each a
    // tenth of a scored request's CPU (docs/performance.md). Positions, not pointers, so copies
    // share the index; it is copied only when a copy adds a column.
    std::shared_ptr<NameIndex> byName_;
};

} // namespace credit::data
