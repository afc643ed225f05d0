#pragma once

#include "common/PrintableText.h"
#include "data/DataError.h"

#include <cstddef>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace credit::data {

// Walks an RFC 4180 CSV text field by field without copying: an unquoted field is a view into the
// text; only a quoted field with doubled quotes is unescaped, into a scratch buffer reused for
// every field, so parsing allocates nothing per field. Accepts LF or CRLF line ends and skips a
// UTF-8 byte-order mark. Tracks physical line numbers so errors can name the line where a record
// starts (a quoted field may span several lines).
class CsvCursor {
public:
    struct Field {
        std::string_view text; // valid until the next call to nextField()
        bool endsRecord;       // the field was followed by a line end or the end of the text
    };

    CsvCursor(std::string_view text, std::string_view sourceName) : text_(text), source_(sourceName)
    {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF")
            position_ = 3;
    }

    bool atEnd() const { return position_ >= text_.size(); }
    std::size_t offset() const { return position_; }
    std::size_t size() const { return text_.size(); }
    std::string_view sourceName() const { return source_; }

    // Skips lines holding nothing at all (a trailing blank line is common in exports). Returns
    // false at the end of the text.
    bool skipBlankLines()
    {
        while (position_ < text_.size()) {
            const char c = text_[position_];
            if (c == '\n') {
                ++position_;
                ++line_;
            } else if (c == '\r' && position_ + 1 < text_.size() && text_[position_ + 1] == '\n') {
                position_ += 2;
                ++line_;
            } else {
                return true;
            }
        }
        return false;
    }

    // Marks the start of a record and returns its physical line number (1-based).
    std::size_t beginRecord()
    {
        recordLine_ = line_;
        return recordLine_;
    }
    std::size_t recordLine() const { return recordLine_; }

    Field nextField()
    {
        if (position_ < text_.size() && text_[position_] == '"')
            return quotedField();
        const char* const begin = text_.data() + position_;
        const char* const end = text_.data() + text_.size();
        const char* const p = findDelimiter(begin, end);
        std::size_t length = static_cast<std::size_t>(p - begin);
        if (p == end) {
            position_ = text_.size();
            if (length > 0 && begin[length - 1] == '\r')
                --length;
            return {{begin, length}, true};
        }
        position_ += length + 1;
        if (*p == ',')
            return {{begin, length}, false};
        ++line_;
        if (length > 0 && begin[length - 1] == '\r')
            --length;
        return {{begin, length}, true};
    }

    [[noreturn]] void fail(const std::string& what) const
    {
        throw DataError(common::printable(source_) + " line " + std::to_string(recordLine_) + ": " +
                        what);
    }

private:
    // The hot loop of every read: the first ',' or '\n' at or after `p`. Fields are short (mostly
    // numbers), so SSE2 compares 16 bytes at once and a byte loop handles the tail.
    static const char* findDelimiter(const char* p, const char* const end)
    {
#if defined(__SSE2__)
        const __m128i commas = _mm_set1_epi8(',');
        const __m128i newlines = _mm_set1_epi8('\n');
        while (end - p >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const int mask = _mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(chunk, commas), _mm_cmpeq_epi8(chunk, newlines)));
            if (mask != 0)
                return p + __builtin_ctz(static_cast<unsigned>(mask));
            p += 16;
        }
#endif
        while (p != end && *p != ',' && *p != '\n')
            ++p;
        return p;
    }

    Field quotedField()
    {
        ++position_; // opening quote
        scratch_.clear();
        bool usedScratch = false;
        std::size_t chunkStart = position_;
        for (;;) {
            const auto quote = text_.find('"', position_);
            if (quote == std::string_view::npos)
                fail("a quoted field is not closed before the end of the file");
            countLines(position_, quote);
            if (quote + 1 < text_.size() && text_[quote + 1] == '"') {
                // A doubled quote stands for one quote character.
                scratch_.append(text_.substr(chunkStart, quote + 1 - chunkStart));
                usedScratch = true;
                position_ = quote + 2;
                chunkStart = position_;
                continue;
            }
            std::string_view value;
            if (usedScratch) {
                scratch_.append(text_.substr(chunkStart, quote - chunkStart));
                value = scratch_;
            } else {
                value = text_.substr(chunkStart, quote - chunkStart);
            }
            position_ = quote + 1;
            if (position_ >= text_.size())
                return {value, true};
            const char next = text_[position_];
            if (next == ',') {
                ++position_;
                return {value, false};
            }
            if (next == '\n' ||
                (next == '\r' && position_ + 1 < text_.size() && text_[position_ + 1] == '\n')) {
                position_ += next == '\n' ? 1 : 2;
                ++line_;
                return {value, true};
            }
            fail("unexpected character '" + std::string(1, next) + "' after a closing quote");
        }
    }

    void countLines(std::size_t from, std::size_t to)
    {
        for (std::size_t i = from; i < to; ++i)
            line_ += text_[i] == '\n' ? 1 : 0;
    }

    std::string_view text_;
    std::string_view source_;
    std::size_t position_ = 0;
    std::size_t line_ = 1;
    std::size_t recordLine_ = 1;
    std::string scratch_;
};

} // namespace credit::data
