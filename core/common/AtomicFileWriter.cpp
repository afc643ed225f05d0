#include "common/AtomicFileWriter.h"

#include <cerrno>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace credit::common {

namespace {

// Bytes gathered before a write(2): large enough that a big CSV costs few system calls.
constexpr std::size_t kBufferBytes = 1 << 20;

// The process umask without changing it (umask(2) can only be read by setting it, which races
// with other threads creating files).
mode_t currentUmask()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0)
            return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
    return 022;
}

// Writes all of `bytes`, retrying partial writes and interruptions; returns 0 or an errno.
int writeAll(int descriptor, std::string_view bytes)
{
    while (!bytes.empty()) {
        const auto written = ::write(descriptor, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return 0;
}

// fsync, where the file supports it: a terminal or /dev/null answer EINVAL, which is no loss.
int syncFile(int descriptor)
{
    if (::fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS)
        return 0;
    return errno;
}

// The rename itself is durable only once the folder is synced; best effort, as some file
// systems refuse to sync a folder.
void syncFolder(const std::filesystem::path& folder)
{
    const int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return;
    ::fsync(descriptor);
    ::close(descriptor);
}

} // namespace

AtomicFileWriter::AtomicFileWriter(std::filesystem::path target) : target_(std::move(target))
{
    std::error_code ignored;
    // Through links, so that writing to a link replaces the file it points at, not the link.
    finalPath_ = std::filesystem::weakly_canonical(std::filesystem::absolute(target_), ignored);
    if (finalPath_.empty())
        finalPath_ = target_;
    struct stat existing {};
    const bool exists = ::stat(finalPath_.c_str(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode)) {
        descriptor_ = ::open(finalPath_.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
        if (descriptor_ < 0)
            fail("cannot write", errno);
        buffer_.reserve(kBufferBytes);
        return;
    }
    auto folder = finalPath_.parent_path();
    if (folder.empty())
        folder = ".";
    std::string pattern = (folder / ("." + finalPath_.filename().string() + ".partial-XXXXXX"));
    descriptor_ = ::mkstemp(pattern.data());
    if (descriptor_ < 0)
        fail("cannot write", errno);
    temporary_ = pattern;
    ::fcntl(descriptor_, F_SETFD, FD_CLOEXEC);
    // The new file gets the mode the old one had, or what a plain creation would give.
    const mode_t mode = exists ? (existing.st_mode & 07777) : (0666 & ~currentUmask());
    if (::fchmod(descriptor_, mode) != 0)
        fail("cannot write", errno);
    buffer_.reserve(kBufferBytes);
}

AtomicFileWriter::~AtomicFileWriter()
{
    if (descriptor_ >= 0)
        ::close(descriptor_);
    if (!committed_ && !temporary_.empty())
        ::unlink(temporary_.c_str());
}

void AtomicFileWriter::write(std::string_view bytes)
{
    if (descriptor_ < 0)
        throw OutputError("writing " + target_.string() + " after it was committed or failed");
    if (buffer_.size() + bytes.size() > kBufferBytes)
        flushBuffer();
    if (bytes.size() >= kBufferBytes) {
        if (const int error = writeAll(descriptor_, bytes))
            fail("cannot write", error);
        return;
    }
    buffer_.append(bytes);
}

void AtomicFileWriter::flushBuffer()
{
    if (buffer_.empty())
        return;
    if (const int error = writeAll(descriptor_, buffer_))
        fail("cannot write", error);
    buffer_.clear();
}

void AtomicFileWriter::commit()
{
    if (descriptor_ < 0)
        throw OutputError("committing " + target_.string() + " twice or after a failure");
    flushBuffer();
    if (const int error = syncFile(descriptor_))
        fail("cannot write", error);
    const int descriptor = descriptor_;
    descriptor_ = -1;
    if (::close(descriptor) != 0)
        fail("cannot write", errno); // NFS reports a full disk only here
    if (!temporary_.empty()) {
        if (::rename(temporary_.c_str(), finalPath_.c_str()) != 0)
            fail("cannot replace", errno);
        syncFolder(finalPath_.parent_path().empty() ? "." : finalPath_.parent_path());
    }
    committed_ = true;
}

void AtomicFileWriter::fail(const std::string& verb, int error)
{
    if (descriptor_ >= 0) {
        ::close(descriptor_);
        descriptor_ = -1;
    }
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
        temporary_.clear();
    }
    throw OutputError(outputFailure(verb, target_.string(), error));
}

void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes)
{
    AtomicFileWriter writer(file);
    writer.write(bytes);
    writer.commit();
}

void appendDurably(const std::filesystem::path& file, std::string_view bytes)
{
    const int descriptor = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
    if (descriptor < 0)
        throw OutputError(outputFailure("cannot append to", file.string(), errno));
    struct stat before {};
    const bool sized = ::fstat(descriptor, &before) == 0 && S_ISREG(before.st_mode);
    int error = writeAll(descriptor, bytes);
    if (error == 0)
        error = syncFile(descriptor);
    if (error != 0 && sized && ::ftruncate(descriptor, before.st_size) != 0) {
        // The append's own error is the one to report; the cut is best effort.
    }
    if (::close(descriptor) != 0 && error == 0)
        error = errno;
    if (error != 0)
        throw OutputError(outputFailure("cannot append to", file.string(), error));
}

} // namespace credit::common
