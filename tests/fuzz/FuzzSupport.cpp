#include "FuzzSupport.h"

#include <cstdio>
#include <cstdlib>

namespace credit::fuzz {

void invariantBroken(const std::string& what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

} // namespace credit::fuzz
