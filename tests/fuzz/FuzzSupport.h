#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// What every harness shares. A harness defines LLVMFuzzerTestOneInput (and, when it needs set-up,
// LLVMFuzzerInitialize); libFuzzer or ReplayMain.cpp calls them.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace credit::fuzz {

// The API key the api_request harness's server accepts (its seeds send it).
inline constexpr const char* kFuzzApiKey = "fuzz-key-0123456789";

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// A broken invariant (not a clean rejection): prints what and aborts, so libFuzzer saves the
// input as a crash and the replay test fails.
[[noreturn]] void invariantBroken(const std::string& what);

// True when `text` holds a control character (below 0x20, or DEL): an error message quoting the
// input must show such bytes escaped (common::printable), never raw.
bool hasRawControlCharacter(std::string_view text);

// A file for readers that take a path: an anonymous in-memory file reached through /proc, so a
// harness writes nothing to disk.
class MemoryFile {
public:
    MemoryFile();
    ~MemoryFile();
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    // Replaces the file's content; returns its path.
    QString replaceWith(const QByteArray& bytes) const;

private:
    int descriptor_;
};

} // namespace credit::fuzz
