#pragma once

#include <cstddef>
#include <functional>

namespace credit::model {

// Runs task(0) ... task(count - 1) on `threads` std::jthread workers (at most `count`; 1 runs
// them in order on the calling thread). Tasks are handed out in index order; each must write
// only to its own result slot. If a task throws, no further task starts, the running ones
// finish, and the exception of the lowest-numbered failing task is rethrown here.
void runTasks(std::size_t count, int threads, const std::function<void(std::size_t)>& task);

} // namespace credit::model
