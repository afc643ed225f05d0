#pragma once

#include "common/OutputError.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace credit::common {

// Writes a whole file so that the path holds either its previous content or the complete new
// content, never an empty or cut file: the bytes go to a temporary file in the same folder,
// which is flushed, fsync'ed and checked, then renamed over the target. Every failure throws
// OutputError naming the target and the system's reason (a full disk reports "No space left on
// device" instead of a success with an empty file).
//
// A target that exists and is not a regular file (/dev/stdout, /dev/full, a FIFO) cannot be
// replaced by a rename: it is written in place, with the same checks.
//
// Destroying a writer that was not committed removes its temporary file and leaves the target
// untouched.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(std::filesystem::path target);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void write(std::string_view bytes);
    // Flushes, syncs, closes and renames over the target. Nothing can be written afterwards.
    void commit();

    const std::filesystem::path& target() const { return target_; }

private:
    void flushBuffer();
    [[noreturn]] void fail(const std::string& verb, int error);

    std::filesystem::path target_;    // as the caller named it (for messages)
    std::filesystem::path finalPath_; // the target after resolving links
    std::filesystem::path temporary_; // empty when writing in place
    int descriptor_ = -1;
    std::string buffer_;
    bool committed_ = false;
};

// The whole of `bytes` as the new content of `file`, through an AtomicFileWriter.
void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes);

// Appends `bytes` to `file` (created if needed) and syncs it; on failure the file is cut back
// to its previous length, so a log or index never keeps half a line. Throws OutputError.
void appendDurably(const std::filesystem::path& file, std::string_view bytes);

} // namespace credit::common
