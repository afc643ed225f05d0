// Output files hold their old content or their complete new content, never an empty or cut
// file, and a failed write says which file and why (issue 25: `score --out` on a full disk
// reported success and left an empty file).
#include "common/AtomicFileWriter.h"

#include "common/PrintableText.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace credit::common;
namespace fs = std::filesystem;

namespace {

std::string contentOf(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct ScratchFolder {
    fs::path path;
    explicit ScratchFolder(const std::string& name)
        : path(fs::temp_directory_path() / (name + "-" + std::to_string(::getpid())))
    {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~ScratchFolder()
    {
        ::umount(path.c_str()); // when a test mounted a tmpfs here; harmless otherwise
        fs::remove_all(path);
    }
};

std::size_t entriesIn(const fs::path& folder)
{
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

} // namespace

TEST_CASE("a committed file holds exactly what was written and keeps the old file's mode")
{
    ScratchFolder scratch("atomic-writer");
    const auto file = scratch.path / "out.csv";
    writeFileAtomically(file, "old\n");
    REQUIRE(::chmod(file.c_str(), 0640) == 0);
    AtomicFileWriter writer(file);
    writer.write("a,b\n");
    writer.write(std::string(3 << 20, 'x')); // larger than the writer's buffer
    CHECK(contentOf(file) == "old\n");       // nothing visible before the commit
    writer.commit();
    CHECK(contentOf(file).size() == 4 + (3u << 20));
    struct stat status {};
    REQUIRE(::stat(file.c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0640);
    CHECK(entriesIn(scratch.path) == 1); // no temporary file left behind
}

TEST_CASE("a writer destroyed before its commit leaves the target as it was")
{
    ScratchFolder scratch("atomic-writer-abandon");
    const auto file = scratch.path / "out.csv";
    writeFileAtomically(file, "previous\n");
    {
        AtomicFileWriter writer(file);
        writer.write("half a li");
    }
    CHECK(contentOf(file) == "previous\n");
    CHECK(entriesIn(scratch.path) == 1);
}

TEST_CASE("writing through a link replaces the file it points at and keeps the link")
{
    ScratchFolder scratch("atomic-writer-link");
    const auto real = scratch.path / "real.csv";
    const auto link = scratch.path / "link.csv";
    writeFileAtomically(real, "one\n");
    fs::create_symlink(real, link);
    writeFileAtomically(link, "two\n");
    CHECK(fs::is_symlink(link));
    CHECK(contentOf(real) == "two\n");
}

TEST_CASE("a full device fails with the file's name and the system's reason")
{
    try {
        writeFileAtomically("/dev/full", "some bytes\n");
        FAIL("writing /dev/full succeeded");
    } catch (const OutputError& error) {
        const std::string message = error.what();
        CHECK(message.find("/dev/full") != std::string::npos);
        CHECK(message.find("No space left on device") != std::string::npos);
    }
    CHECK(fs::is_character_file("/dev/full")); // written in place, never renamed over
}

TEST_CASE("a full file system keeps the previous file whole and leaves no temporary file")
{
    ScratchFolder scratch("atomic-writer-full");
    if (::mount("tmpfs", scratch.path.c_str(), "tmpfs", 0, "size=64k") != 0) {
        WARN("skipped: cannot mount a 64 KB tmpfs here (needs root): " << std::strerror(errno));
        return;
    }
    const auto file = scratch.path / "scores.csv";
    writeFileAtomically(file, "previous content\n");
    const std::string big(256 * 1024, 'x');
    try {
        writeFileAtomically(file, big);
        FAIL("writing 256 KB on a 64 KB file system succeeded");
    } catch (const OutputError& error) {
        const std::string message = error.what();
        CHECK(message.find(file.string()) != std::string::npos);
        CHECK(message.find("No space left on device") != std::string::npos);
    }
    CHECK(contentOf(file) == "previous content\n");
    CHECK(entriesIn(scratch.path) == 1);

    SECTION("an append that does not fit is cut back, never left half written")
    {
        const auto log = scratch.path / "index.jsonl";
        appendDurably(log, "{\"run\":1}\n");
        CHECK_THROWS_AS(appendDurably(log, big), OutputError);
        CHECK(contentOf(log) == "{\"run\":1}\n");
    }
}

TEST_CASE("a missing folder is named in the error")
{
    try {
        writeFileAtomically("/nonexistent-folder-for-test/out.csv", "x");
        FAIL("writing into a missing folder succeeded");
    } catch (const OutputError& error) {
        const std::string message = error.what();
        CHECK(message.find("/nonexistent-folder-for-test/out.csv") != std::string::npos);
        CHECK(message.find("No such file or directory") != std::string::npos);
    }
}

TEST_CASE("control characters in quoted text are escaped, other bytes kept")
{
    CHECK(printable("a\x1b[2Jb") == "a\\x1b[2Jb");
    CHECK(printable("line\nforged") == "line\\nforged");
    CHECK(printable("caf\xc3\xa9\t\x7f") == "caf\xc3\xa9\\t\\x7f");
}
