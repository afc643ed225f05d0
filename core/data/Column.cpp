#include "data/Column.h"

#include "data/DataError.h"

#include <atomic>
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

namespace {

// Every column starts from this one empty dictionary and gets its own on its first level.
template <typename Dictionary> const std::shared_ptr<Dictionary>& emptyDictionary()
{
    static const auto empty = std::make_shared<Dictionary>();
    return empty;
}

} // namespace

Column::Column(std::string name, ColumnKind kind)
    : name_(std::make_shared<const std::string>(std::move(name))), kind_(kind),
      dictionary_(emptyDictionary<LevelDictionary>())
{}

Column::Column(ColumnKind kind, std::shared_ptr<const std::string> name,
               std::shared_ptr<LevelDictionary> dictionary)
    : name_(std::move(name)), kind_(kind), dictionary_(std::move(dictionary))
{}

Column::LevelDictionary& Column::ownDictionary()
{
    if (dictionary_.use_count() != 1) {
        dictionary_ = std::make_shared<LevelDictionary>(*dictionary_);
    } else {
        // Sole owner: pairs with the release of the last other owner, who may have read it on
        // another thread (a column copied by one worker, dropped by another).
        std::atomic_thread_fence(std::memory_order_acquire);
    }
    return *dictionary_;
}

std::string_view Column::text(std::size_t row) const
{
    const auto value = codes_[row];
    return value == kMissingCode ? std::string_view{}
                                 : std::string_view{dictionary_->levels[value]};
}

std::int32_t Column::codeOf(std::string_view level) const
{
    const auto found = dictionary_->codes.find(level);
    return found == dictionary_->codes.end() ? kMissingCode : found->second;
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
    throw DataError("column " + *name_ + " is a category; cannot store the number " +
                    std::to_string(value));
}

std::int32_t Column::internLevel(std::string_view level)
{
    if (const auto found = dictionary_->codes.find(level); found != dictionary_->codes.end())
        return found->second;
    auto& dictionary = ownDictionary();
    const auto newCode = static_cast<std::int32_t>(dictionary.levels.size());
    dictionary.levels.emplace_back(level);
    dictionary.codes.emplace(dictionary.levels.back(), newCode);
    return newCode;
}

void Column::appendCategory(std::string_view level)
{
    if (!isCategory())
        throw DataError("column " + *name_ + " is numeric; cannot store the text \"" +
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
        throw DataError("column " + *name_ + " is numeric; cannot store a category code");
    throw DataError("column " + *name_ + ": category code " + std::to_string(code) +
                    " has no level");
}

void Column::setNumber(std::size_t row, double value)
{
    if (isCategory())
        throw DataError("column " + *name_ + " is a category; cannot set a number");
    numbers_.at(row) = value;
}

void Column::setCategory(std::size_t row, std::string_view level)
{
    if (!isCategory())
        throw DataError("column " + *name_ + " is numeric; cannot set a text value");
    codes_.at(row) = level.empty() ? kMissingCode : internLevel(level);
}

void Column::assignCells(const Column& from)
{
    if (!sharesDefinitionWith(from))
        throw DataError("column " + *name_ + ": cannot take the cells of column " + from.name() +
                        ", which is not a copy of it");
    numbers_.assign(from.numbers_.begin(), from.numbers_.end());
    codes_.assign(from.codes_.begin(), from.codes_.end());
}

Column Column::selectRows(std::span<const std::size_t> rows) const
{
    Column result(kind_, name_, dictionary_);
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
