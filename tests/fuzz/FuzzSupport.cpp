#include "FuzzSupport.h"

#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace credit::fuzz {

void invariantBroken(const std::string& what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

bool hasRawControlCharacter(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    return false;
}

MemoryFile::MemoryFile() : descriptor_(::memfd_create("fuzz-input", 0)) {}

MemoryFile::~MemoryFile()
{
    ::close(descriptor_);
}

QString MemoryFile::replaceWith(const QByteArray& bytes) const
{
    if (::ftruncate(descriptor_, 0) != 0 || ::lseek(descriptor_, 0, SEEK_SET) != 0 ||
        ::write(descriptor_, bytes.constData(), static_cast<std::size_t>(bytes.size())) !=
            bytes.size())
        invariantBroken("cannot write the in-memory input file");
    return QStringLiteral("/proc/self/fd/%1").arg(descriptor_);
}

} // namespace credit::fuzz
