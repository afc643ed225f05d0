#pragma once

namespace credit::common {

// Hands the heap's free pages back to the system. glibc keeps freed memory below its mmap
// threshold for reuse, so after a large structure goes (the related tables once aggregated, the
// float feature matrix once quantised) the process would otherwise go on holding it during the
// long training that follows. Does nothing elsewhere than glibc.
void releaseFreeMemory();

} // namespace credit::common
