#include "common/FreeMemory.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace credit::common {

void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace credit::common
