#include "data/Column.h"

#include "data/DataError.h"

#include <cmath>

namespace credit::data {

std::string_view toString(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Key:
        return "key";
    case ColumnKind::Integer:
        return "integer";
    case ColumnKind::Real:
        return "real";
    case ColumnKind::Flag:
        return "flag";
    case ColumnKind::Category:
        return "category";
    case ColumnKind::Days:
        return "days";
    }
    return "unknown";
}

Column::Column(std::string name, ColumnKind kind) : name_(std::move(name)), kind_(kind) {}

std::string_view Column::text(std::size_t row) const
{
    const auto value = codes_[row];
    return value == kMissingCode ? std::string_view{} : std::string_view{levels_[value]};
}

std::int32_t Column::codeOf(std::string_view level) const
{
    const auto found = levelCodes_.find(level);
    return found == levelCodes_.end() ? kMissingCode : found->second;
}

bool Column::isMissing(std::size_t row) const
{
    return isCategory() ? codes_[row] == kMissingCode : std::isnan(numbers_[row]);
}

void Column::reserve(std::size_t rows)
{
    if (isCategory())
        codes_.reserve(rows);
    else
        numbers_.reserve(rows);
}

void Column::failNumberIntoCategory(double value) const
{
    throw DataError("column " + name_ + " is a category; cannot store the number " +
                    std::to_string(value));
}

std::int32_t Column::internLevel(std::string_view level)
{
    if (const auto found = levelCodes_.find(level); found != levelCodes_.end())
        return found->second;
    const auto newCode = static_cast<std::int32_t>(levels_.size());
    levels_.emplace_back(level);
    levelCodes_.emplace(levels_.back(), newCode);
    return newCode;
}

void Column::appendCategory(std::string_view level)
{
    if (!isCategory())
        throw DataError("column " + name_ + " is numeric; cannot store the text \"" +
                        std::string(level) + "\"");
    codes_.push_back(level.empty() ? kMissingCode : internLevel(level));
}

void Column::appendMissing()
{
    if (isCategory())
        codes_.push_back(kMissingCode);
    else
        numbers_.push_back(kMissing);
}

void Column::failBadCode(std::int32_t code) const
{
    if (!isCategory())
        throw DataError("column " + name_ + " is numeric; cannot store a category code");
    throw DataError("column " + name_ + ": category code " + std::to_string(code) +
                    " has no level");
}

void Column::setNumber(std::size_t row, double value)
{
    if (isCategory())
        throw DataError("column " + name_ + " is a category; cannot set a number");
    numbers_.at(row) = value;
}

void Column::setCategory(std::size_t row, std::string_view level)
{
    if (!isCategory())
        throw DataError("column " + name_ + " is numeric; cannot set a text value");
    codes_.at(row) = level.empty() ? kMissingCode : internLevel(level);
}

Column Column::selectRows(std::span<const std::size_t> rows) const
{
    Column result(name_, kind_);
    result.levels_ = levels_;
    result.levelCodes_ = levelCodes_;
    if (isCategory()) {
        result.codes_.reserve(rows.size());
        for (const auto row : rows)
            result.codes_.push_back(codes_[row]);
    } else {
        result.numbers_.reserve(rows.size());
        for (const auto row : rows)
            result.numbers_.push_back(numbers_[row]);
    }
    return result;
}

} // namespace credit::data
