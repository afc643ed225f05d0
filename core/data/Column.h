#pragma once

#include "data/ColumnKind.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace credit::data {

// One typed column held in memory. Numeric kinds store doubles with NaN for a missing value;
// categories store an int32 code per row (kMissingCode when missing) into a dictionary of levels,
// so a 27-million-row table costs 8 or 4 bytes per cell rather than a string each.
class Column {
public:
    static constexpr std::int32_t kMissingCode = -1;
    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

    Column(std::string name, ColumnKind kind);

    const std::string& name() const { return *name_; }
    ColumnKind kind() const { return kind_; }
    bool isCategory() const { return kind_ == ColumnKind::Category; }
    std::size_t size() const { return isCategory() ? codes_.size() : numbers_.size(); }

    // Numeric access (every kind but Category).
    double number(std::size_t row) const { return numbers_[row]; }
    std::span<const double> numbers() const { return numbers_; }

    // Category access.
    std::int32_t code(std::size_t row) const { return codes_[row]; }
    std::span<const std::int32_t> codes() const { return codes_; }
    const std::vector<std::string>& levels() const { return dictionary_->levels; }
    // The level's text, or an empty view when the value is missing.
    std::string_view text(std::size_t row) const;
    // The code of a level, or kMissingCode when the column never saw it.
    std::int32_t codeOf(std::string_view level) const;

    bool isMissing(std::size_t row) const;

    // Building and editing.
    void reserve(std::size_t rows);
    // Inline because the CSV reader calls it once per numeric cell.
    void appendNumber(double value)
    {
        if (isCategory())
            failNumberIntoCategory(value);
        numbers_.push_back(value);
    }
    void appendCategory(std::string_view level); // empty level = missing
    void appendMissing();
    // Appends a row holding an already interned code (or kMissingCode): the CSV reader's fast
    // path, which caches codes instead of hashing every repeated level.
    void appendCode(std::int32_t code)
    {
        if (!isCategory() || code < kMissingCode ||
            code >= static_cast<std::int32_t>(dictionary_->levels.size()))
            failBadCode(code);
        codes_.push_back(code);
    }
    void setNumber(std::size_t row, double value);
    void setCategory(std::size_t row, std::string_view level);
    // Registers a level without a row, so codes can be stable across tables (schema levels).
    std::int32_t internLevel(std::string_view level);

    // Replaces the cells with `from`'s, keeping this column's storage. Both must be copies of one
    // column (same name, kind and level dictionary object: codes mean nothing across
    // dictionaries); throws DataError otherwise.
    void assignCells(const Column& from);
    // Whether `other` shares this column's name and level dictionary objects (copies of one
    // column that neither has added a level to since).
    bool sharesDefinitionWith(const Column& other) const
    {
        return name_ == other.name_ && dictionary_ == other.dictionary_ && kind_ == other.kind_;
    }

    // A new column holding the given rows in the given order (same dictionary).
    Column selectRows(std::span<const std::size_t> rows) const;

private:
    [[noreturn]] void failNumberIntoCategory(double value) const;
    [[noreturn]] void failBadCode(std::int32_t code) const;

    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    struct LevelDictionary {
        std::vector<std::string> levels;
        std::unordered_map<std::string, std::int32_t, TransparentHash, std::equal_to<>> codes;
    };
    // An empty column sharing `name` and `dictionary` (selectRows).
    Column(ColumnKind kind, std::shared_ptr<const std::string> name,
           std::shared_ptr<LevelDictionary> dictionary);
    // Copied before a new level is added when another column shares it.
    LevelDictionary& ownDictionary();

    // The name and the level dictionary are shared between copies of a column: the scoring API
    // copies empty schema tables (hundreds of columns, thousands of schema levels) for every
    // request, and copying the strings and hash nodes was a tenth of its CPU per request
    // (docs/performance.md). Only the cells are the copy's own.
    std::shared_ptr<const std::string> name_;
    ColumnKind kind_;
    std::vector<double> numbers_;
    std::vector<std::int32_t> codes_;
    std::shared_ptr<LevelDictionary> dictionary_;
};

} // namespace credit::data
