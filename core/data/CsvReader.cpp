#include "data/CsvReader.h"

#include "common/PrintableText.h"
#include "data/CsvCursor.h"
#include "data/DataError.h"
#include "data/FieldRules.h"
#include "data/LoadCancelled.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>
#include <unordered_map>

namespace credit::data {
namespace {

// Where one field of the file goes: a column of the table, or nowhere (unknown column).
struct FieldTarget {
    Column* column = nullptr;
    ColumnKind kind = ColumnKind::Real;
    // Category fast path: most category columns have a handful of levels, and comparing the
    // text with each of them is cheaper than hashing it. Columns with many levels fall back to
    // the column's hash map once this cache is full.
    struct CachedLevel {
        std::string text;
        std::int32_t code;
    };
    std::vector<CachedLevel> levelCache;
};

// Exact fast path for the shapes that make up most of the Home Credit files: "-123", "4500.0",
// "0.0". Up to 15 digits, so the value is exact in a double. Anything else goes to from_chars.
inline bool parseSimpleNumber(std::string_view text, double& value)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    const char* const digits = p;
    std::uint64_t integer = 0;
    while (p != end && static_cast<unsigned>(*p - '0') < 10u) {
        integer = integer * 10 + static_cast<std::uint64_t>(*p - '0');
        ++p;
    }
    const auto digitCount = p - digits;
    if (digitCount == 0 || digitCount > 15)
        return false;
    if (p != end) {
        if (*p != '.')
            return false;
        ++p;
        while (p != end && *p == '0')
            ++p;
        if (p != end)
            return false;
    }
    value = negative ? -static_cast<double>(integer) : static_cast<double>(integer);
    return true;
}

std::string_view trimSpaces(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::string quoteForMessage(std::string_view text)
{
    constexpr std::size_t limit = 40;
    // Control characters escaped: a hostile cell must not rewrite the user's terminal.
    std::string shown = common::printable(text.substr(0, limit));
    if (text.size() > limit)
        shown += "...";
    return "'" + shown + "'";
}

class TableParser {
public:
    TableParser(const TableSchema& schema, std::string_view text, std::string_view sourceName,
                const ByteProgress& progress)
        : schema_(schema), text_(text), cursor_(text, sourceName),
          progress_(progress), result_{Table(std::string(tableName(schema.id))), {}}
    {}

    CsvReadResult run()
    {
        createColumns();
        readHeader();
        reserveRows();
        readRecords();
        fillAbsentColumns();
        if (progress_)
            progress_(cursor_.size(), cursor_.size());
        return std::move(result_);
    }

private:
    std::string where() const { return std::string(cursor_.sourceName()); }

    void createColumns()
    {
        for (const auto& columnSchema : schema_.columns) {
            auto& column = result_.table.addColumn(columnSchema.name, columnSchema.kind);
            for (const auto& level : columnSchema.levels)
                column.internLevel(level);
        }
    }

    void readHeader()
    {
        if (!cursor_.skipBlankLines())
            throw DataError(where() + ": the file is empty (no header line)");
        cursor_.beginRecord();
        std::unordered_map<std::string, std::size_t> seen;
        for (;;) {
            const auto field = cursor_.nextField();
            const std::string name(trimSpaces(field.text));
            FieldTarget target;
            if (const auto* columnSchema = schema_.find(name)) {
                if (!seen.emplace(name, targets_.size()).second)
                    cursor_.fail("column " + name + " appears twice in the header");
                target.column = &result_.table.column(name);
                target.kind = columnSchema->kind;
            } else {
                result_.warnings.push_back(where() + ": column " + name + " is not part of the " +
                                           std::string(tableName(schema_.id)) + " schema; ignored");
            }
            targets_.push_back(std::move(target));
            if (field.endsRecord)
                break;
        }
        for (const auto& columnSchema : schema_.columns) {
            if (seen.count(columnSchema.name))
                continue;
            if (columnSchema.required)
                throw DataError(where() + ": required column " + columnSchema.name +
                                " is missing from the header");
            absentColumns_.push_back(&result_.table.column(columnSchema.name));
            result_.warnings.push_back(where() + ": optional column " + columnSchema.name +
                                       " is absent; its values are treated as missing");
        }
    }

    // Reserving from a sample of the text avoids regrowing (and copying) columns of millions of
    // rows several times.
    void reserveRows()
    {
        const std::size_t start = cursor_.offset();
        const std::size_t remaining = cursor_.size() - start;
        if (remaining == 0)
            return;
        const std::size_t sampleBytes = std::min<std::size_t>(remaining, 1 << 20);
        const auto sample = text_.substr(start, sampleBytes);
        const auto lines = static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '\n'));
        const double estimate = static_cast<double>(lines + 1) * static_cast<double>(remaining) /
                                static_cast<double>(sampleBytes);
        const auto rows = static_cast<std::size_t>(estimate * 1.02) + 16;
        for (auto& column : result_.table.columns())
            column.reserve(rows);
    }

    void readRecords()
    {
        const std::size_t fieldCount = targets_.size();
        std::size_t nextProgressCheck = 0;
        constexpr std::size_t progressStepBytes = 4 << 20;
        std::size_t records = 0;
        while (cursor_.skipBlankLines()) {
            cursor_.beginRecord();
            for (std::size_t index = 0;; ++index) {
                const auto field = cursor_.nextField();
                store(targets_[index], field.text);
                if (field.endsRecord) {
                    if (index + 1 != fieldCount)
                        cursor_.fail("expected " + std::to_string(fieldCount) +
                                     " fields as in the header but found " +
                                     std::to_string(index + 1));
                    break;
                }
                if (index + 1 == fieldCount)
                    failTooManyFields(fieldCount);
            }
            ++records;
            if (progress_ && cursor_.offset() >= nextProgressCheck) {
                if (!progress_(cursor_.offset(), cursor_.size()))
                    throw LoadCancelled();
                nextProgressCheck = cursor_.offset() + progressStepBytes;
            }
        }
        rows_ = records;
    }

    [[noreturn]] void failTooManyFields(std::size_t fieldCount)
    {
        std::size_t found = fieldCount;
        for (;;) {
            ++found;
            if (cursor_.nextField().endsRecord)
                break;
        }
        cursor_.fail("expected " + std::to_string(fieldCount) +
                     " fields as in the header but found " + std::to_string(found));
    }

    void store(FieldTarget& target, std::string_view text)
    {
        if (target.column == nullptr)
            return;
        if (target.kind == ColumnKind::Category) {
            storeCategory(target, text);
            return;
        }
        if (target.kind == ColumnKind::Flag) {
            // Rare (a few application columns) and must also check the value is 0 or 1.
            target.column->appendNumber(text.empty() ? Column::kMissing
                                                     : parseNumber(target, text));
            return;
        }
        double value = Column::kMissing;
        if (!text.empty() && !parseSimpleNumber(text, value))
            value = parseNumber(target, text);
        target.column->appendNumber(value);
    }

    void storeCategory(FieldTarget& target, std::string_view text)
    {
        if (text.empty()) {
            target.column->appendCode(Column::kMissingCode);
            return;
        }
        for (const auto& cached : target.levelCache) {
            if (cached.text.size() == text.size() &&
                std::memcmp(cached.text.data(), text.data(), text.size()) == 0) {
                target.column->appendCode(cached.code);
                return;
            }
        }
        constexpr std::size_t cacheLimit = 32;
        const auto code = target.column->internLevel(text);
        if (target.levelCache.size() < cacheLimit)
            target.levelCache.push_back({std::string(text), code});
        target.column->appendCode(code);
    }

    // The slow path: anything the simple parser did not take (decimals, exponents, Y/N, spaces).
    double parseNumber(const FieldTarget& target, std::string_view text)
    {
        auto trimmed = trimSpaces(text);
        if (trimmed.empty())
            return Column::kMissing;
        if (target.kind == ColumnKind::Flag && (trimmed == "Y" || trimmed == "N"))
            return trimmed == "Y" ? 1.0 : 0.0;
        // from_chars refuses an explicit plus sign.
        if (trimmed.size() > 1 && trimmed[0] == '+' && trimmed[1] != '-')
            trimmed.remove_prefix(1);
        double value = 0.0;
        const auto* const end = trimmed.data() + trimmed.size();
        const auto [parsedTo, error] = std::from_chars(trimmed.data(), end, value);
        if (error != std::errc{} || parsedTo != end || std::isinf(value))
            failValue(target, text,
                      target.kind == ColumnKind::Flag ? "is not a Y/N flag" : "is not a number");
        if (std::isnan(value))
            return Column::kMissing; // "nan" as written by some exporters
        switch (target.kind) {
        case ColumnKind::Flag:
            if (value != 0.0 && value != 1.0)
                failValue(target, text, "is not a Y/N flag");
            break;
        default:
            if (const auto problem = numberProblem(
                    target.kind == ColumnKind::Days ? ColumnKind::Real : target.kind, value);
                !problem.empty())
                failValue(target, text, std::string(problem));
            break;
        }
        return value;
    }

    [[noreturn]] void failValue(const FieldTarget& target, std::string_view text,
                                const std::string& problem)
    {
        cursor_.fail("column " + target.column->name() + ": " + quoteForMessage(text) + " " +
                     problem + " (" + std::string(toString(target.kind)) + " column)");
    }

    void fillAbsentColumns()
    {
        for (auto* column : absentColumns_)
            for (std::size_t row = 0; row < rows_; ++row)
                column->appendMissing();
    }

    const TableSchema& schema_;
    std::string_view text_;
    CsvCursor cursor_;
    const ByteProgress& progress_;
    CsvReadResult result_;
    std::vector<FieldTarget> targets_;
    std::vector<Column*> absentColumns_;
    std::size_t rows_ = 0;
};

} // namespace

CsvReader::CsvReader(TableSchema schema) : schema_(std::move(schema)) {}

CsvReadResult CsvReader::readText(std::string_view text, std::string_view sourceName,
                                  const ByteProgress& progress) const
{
    TableParser parser(schema_, text, sourceName, progress);
    return parser.run();
}

namespace {

// A file's bytes in a buffer that is not zero-filled first: for a 2 GB export, clearing memory
// that fread overwrites at once is a measurable share of the load.
struct FileBytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
    std::string_view view() const { return {data.get(), size}; }
};

FileBytes readFileBytes(const std::filesystem::path& file)
{
    struct FileCloser {
        void operator()(std::FILE* handle) const { std::fclose(handle); }
    };
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw DataError(file.string() + ": no such file");
    const std::unique_ptr<std::FILE, FileCloser> handle(std::fopen(file.c_str(), "rb"));
    if (!handle)
        throw DataError(file.string() + ": cannot be opened for reading");
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        throw DataError(file.string() + ": cannot read its size (" + error.message() + ")");
    FileBytes bytes{std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(size)),
                    static_cast<std::size_t>(size)};
    const auto read = std::fread(bytes.data.get(), 1, bytes.size, handle.get());
    if (read != bytes.size)
        throw DataError(file.string() + ": read " + std::to_string(read) + " of " +
                        std::to_string(bytes.size) + " bytes");
    return bytes;
}

} // namespace

CsvReadResult CsvReader::readFile(const std::filesystem::path& file,
                                  const ByteProgress& progress) const
{
    const auto bytes = readFileBytes(file);
    return readText(bytes.view(), file.string(), progress);
}

std::string readWholeFile(const std::filesystem::path& file)
{
    return std::string(readFileBytes(file).view());
}

} // namespace credit::data
