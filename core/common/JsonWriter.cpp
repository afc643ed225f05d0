#include "common/JsonWriter.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace credit::common {

void JsonWriter::separate()
{
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!hasElement_.empty()) {
        if (hasElement_.back())
            out_ += ',';
        hasElement_.back() = true;
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    out_ += '{';
    hasElement_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    out_ += '}';
    hasElement_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    out_ += '[';
    hasElement_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    out_ += ']';
    hasElement_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    separate();
    writeString(name);
    out_ += ':';
    afterKey_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    separate();
    writeString(text);
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    separate();
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.append(buffer, written.ptr);
    return *this;
}

JsonWriter& JsonWriter::value(long long number)
{
    separate();
    char buffer[24];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.append(buffer, written.ptr);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    out_ += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    out_ += "null";
    return *this;
}

namespace {

// Whether any of the eight bytes in `word` needs escaping: a control character (< 0x20), a
// quote or a backslash. Word-at-a-time test (the classic "has a zero byte" trick applied to
// each condition); exact, since it is only used to skip words that need nothing.
bool wordNeedsEscape(std::uint64_t word)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    const auto hasZeroByte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
    const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHighs; // some byte < 0x20
    return (control | hasZeroByte(word ^ (kOnes * '"')) | hasZeroByte(word ^ (kOnes * '\\'))) != 0;
}

} // namespace

// Escapes what JSON requires (quote, backslash, control characters); UTF-8 passes through, as
// every text written here is either ours or came from a request nlohmann already validated.
// Plain runs are found eight bytes at a time and appended in one piece: the answers are mostly
// French and English labels with nothing to escape.
void JsonWriter::writeString(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out_ += '"';
    std::size_t plainFrom = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size()) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, sizeof word);
            if (!wordNeedsEscape(word)) {
                i += 8;
                continue;
            }
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            ++i;
            continue;
        }
        out_.append(text.data() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (byte) {
        case '"':
            out_ += "\\\"";
            break;
        case '\\':
            out_ += "\\\\";
            break;
        case '\n':
            out_ += "\\n";
            break;
        case '\r':
            out_ += "\\r";
            break;
        case '\t':
            out_ += "\\t";
            break;
        case '\b':
            out_ += "\\b";
            break;
        case '\f':
            out_ += "\\f";
            break;
        default:
            out_ += "\\u00";
            out_ += kHex[byte >> 4];
            out_ += kHex[byte & 0xF];
        }
        ++i;
    }
    out_.append(text.data() + plainFrom, text.size() - plainFrom);
    out_ += '"';
}

} // namespace credit::common
