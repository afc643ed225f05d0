#include "model/UbjsonStructure.h"

#include <cstddef>

namespace credit::model {
namespace {

// Thrown inside the walk only; the public function turns it into its answer.
struct StructureProblem {
    std::string what;
};

class UbjsonWalker {
public:
    explicit UbjsonWalker(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

    void walkDocument()
    {
        if (remaining() == 0)
            fail("no bytes");
        if (takeMarker() != '{')
            fail("the model does not start with an object");
        walkObject(1);
        if (remaining() != 0)
            fail(std::to_string(remaining()) + " bytes after the end of the model");
    }

private:
    std::size_t remaining() const { return bytes_.size() - position_; }

    [[noreturn]] void fail(const std::string& what) const
    {
        throw StructureProblem{what + " (at byte " + std::to_string(position_) + " of " +
                               std::to_string(bytes_.size()) + ")"};
    }

    void need(std::size_t count, const char* what) const
    {
        if (count > remaining())
            fail(std::string(what) + " needs " + std::to_string(count) + " bytes, only " +
                 std::to_string(remaining()) + " remain");
    }

    char takeMarker()
    {
        need(1, "a type marker");
        return static_cast<char>(bytes_[position_++]);
    }

    char peekMarker() const
    {
        need(1, "a type marker");
        return static_cast<char>(bytes_[position_]);
    }

    void skip(std::size_t count, const char* what)
    {
        need(count, what);
        position_ += count;
    }

    // Lengths and counts: XGBoost writes (and its reader expects) 'L' then a big-endian int64.
    std::size_t takeLength(const char* what)
    {
        if (takeMarker() != 'L')
            fail(std::string(what) + " is not written as an int64 ('L')");
        need(8, what);
        std::uint64_t value = 0;
        for (int i = 0; i < 8; ++i)
            value = (value << 8) | bytes_[position_++];
        if (value > (std::uint64_t{1} << 62))
            fail(std::string(what) + " is negative or absurdly large");
        return static_cast<std::size_t>(value);
    }

    void walkObject(int depth)
    {
        while (peekMarker() != '}') {
            skip(takeLength("a key length"), "a key");
            walkValue(takeMarker(), depth);
        }
        ++position_;
    }

    void walkArray(int depth)
    {
        const char next = peekMarker();
        if (next == '$') {
            ++position_;
            const char type = takeMarker();
            std::size_t width = 0;
            switch (type) {
            case 'U':
                width = 1;
                break;
            case 'l':
            case 'd':
                width = 4;
                break;
            case 'L':
                width = 8;
                break;
            default:
                fail(std::string("typed array of unsupported type '") + type + "'");
            }
            if (takeMarker() != '#')
                fail("a typed array without a count");
            const std::size_t count = takeLength("a typed array count");
            if (count > remaining() / width)
                fail("a typed array of " + std::to_string(count) + " elements runs past the end");
            position_ += count * width;
            return;
        }
        if (next == '#') {
            ++position_;
            const std::size_t count = takeLength("an array count");
            if (count > remaining())
                fail("an array of " + std::to_string(count) + " elements runs past the end");
            for (std::size_t i = 0; i < count; ++i)
                walkValue(takeMarker(), depth);
            return;
        }
        while (peekMarker() != ']')
            walkValue(takeMarker(), depth);
        ++position_;
    }

    void walkValue(char marker, int depth)
    {
        switch (marker) {
        case 'Z':
        case 'T':
        case 'F':
            return;
        case 'i':
        case 'U':
            skip(1, "an 8-bit integer");
            return;
        case 'I':
            skip(2, "a 16-bit integer");
            return;
        case 'l':
            skip(4, "a 32-bit integer");
            return;
        case 'd':
            skip(4, "a float");
            return;
        case 'L':
            skip(8, "a 64-bit integer");
            return;
        case 'S':
            skip(takeLength("a string length"), "a string");
            return;
        case '{':
        case '[':
            if (depth >= kMaxUbjsonDepth)
                fail("nesting deeper than " + std::to_string(kMaxUbjsonDepth) + " levels");
            if (marker == '{')
                walkObject(depth + 1);
            else
                walkArray(depth + 1);
            return;
        default:
            --position_;
            fail("unknown type marker (byte " + std::to_string(static_cast<unsigned char>(marker)) +
                 ")");
        }
    }

    std::span<const std::uint8_t> bytes_;
    std::size_t position_ = 0;
};

} // namespace

std::optional<std::string> ubjsonStructureProblem(std::span<const std::uint8_t> bytes)
{
    try {
        UbjsonWalker(bytes).walkDocument();
        return std::nullopt;
    } catch (const StructureProblem& problem) {
        return problem.what;
    }
}

} // namespace credit::model
