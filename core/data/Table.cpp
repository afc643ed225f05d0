#include "data/Table.h"

#include "data/DataError.h"

#include <algorithm>
#include <atomic>
#include <utility>

namespace credit::data {

Table::Table(std::string name) : name_(std::move(name)), byName_(std::make_shared<NameIndex>()) {}

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
    if (!byName_) // a moved-from table being reused
        byName_ = std::make_shared<NameIndex>();
    if (byName_->contains(std::string_view(column.name())))
        throw DataError("table " + name_ + ": column " + column.name() + " appears twice");
    if (byName_.use_count() != 1)
        byName_ = std::make_shared<NameIndex>(*byName_);
    else // sole owner: see Column::ownDictionary
        std::atomic_thread_fence(std::memory_order_acquire);
    byName_->emplace(column.name(), static_cast<std::uint32_t>(columns_.size()));
    return columns_.emplace_back(std::move(column));
}

const Column* Table::find(std::string_view name) const
{
    if (!byName_) // moved from
        return nullptr;
    const auto found = byName_->find(name);
    return found == byName_->end() ? nullptr : &columns_[found->second];
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
