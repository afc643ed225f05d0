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
    return addColumn(Column(std::move(name), kind));
}

Column& Table::addColumn(Column column)
{
    const auto position =
        std::lower_bound(byName_.begin(), byName_.end(), std::string_view(column.name()),
                         [this](std::uint32_t index, std::string_view name) {
                             return columns_[index].name() < name;
                         });
    if (position != byName_.end() && columns_[*position].name() == column.name())
        throw DataError("table " + name_ + ": column " + column.name() + " appears twice");
    byName_.insert(position, static_cast<std::uint32_t>(columns_.size()));
    return columns_.emplace_back(std::move(column));
}

const Column* Table::find(std::string_view name) const
{
    const auto position = std::lower_bound(byName_.begin(), byName_.end(), name,
                                           [this](std::uint32_t index, std::string_view wanted) {
                                               return columns_[index].name() < wanted;
                                           });
    if (position == byName_.end() || columns_[*position].name() != name)
        return nullptr;
    return &columns_[*position];
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
    result.byName_ = byName_;
    return result;
}

} // namespace credit::data
