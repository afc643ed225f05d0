#include "data/Table.h"

#include "data/DataError.h"

#include <algorithm>
#include <utility>

namespace credit::data {

Table::Table(std::string name) : name_(std::move(name)) {}

std::size_t Table::rowCount() const
{
    return columns_.empty() ? 0 : columns_.front().size();
}

Column& Table::addColumn(std::string name, ColumnKind kind)
{
    if (find(name))
        throw DataError("table " + name_ + ": column " + name + " appears twice");
    return columns_.emplace_back(std::move(name), kind);
}

const Column* Table::find(std::string_view name) const
{
    const auto found = std::find_if(columns_.begin(), columns_.end(),
                                    [name](const Column& c) { return c.name() == name; });
    return found == columns_.end() ? nullptr : &*found;
}

Column* Table::find(std::string_view name)
{
    return const_cast<Column*>(std::as_const(*this).find(name));
}

const Column& Table::column(std::string_view name) const
{
    if (const auto* found = find(name))
        return *found;
    throw DataError("table " + name_ + " has no column " + std::string(name));
}

Column& Table::column(std::string_view name)
{
    return const_cast<Column&>(std::as_const(*this).column(name));
}

Table Table::selectRows(std::span<const std::size_t> rows) const
{
    Table result(name_);
    for (const auto& column : columns_)
        result.columns_.push_back(column.selectRows(rows));
    return result;
}

} // namespace credit::data
