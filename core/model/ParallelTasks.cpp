#include "model/ParallelTasks.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace credit::model {

void runTasks(std::size_t count, int threads, const std::function<void(std::size_t)>& task)
{
    const std::size_t workers =
        std::min<std::size_t>(count, static_cast<std::size_t>(std::max(1, threads)));
    if (workers <= 1) {
        for (std::size_t index = 0; index < count; ++index) {
            task(index);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::size_t failedIndex = count;
    std::exception_ptr error;
    {
        std::vector<std::jthread> pool;
        pool.reserve(workers);
        for (std::size_t worker = 0; worker < workers; ++worker) {
            pool.emplace_back([&] {
                for (;;) {
                    if (failed.load()) {
                        return;
                    }
                    const std::size_t index = next.fetch_add(1);
                    if (index >= count) {
                        return;
                    }
                    try {
                        task(index);
                    } catch (...) {
                        const std::lock_guard lock(errorMutex);
                        if (index < failedIndex) {
                            failedIndex = index;
                            error = std::current_exception();
                        }
                        failed.store(true);
                    }
                }
            });
        }
    } // the jthreads join here
    if (error) {
        std::rethrow_exception(error);
    }
}

} // namespace credit::model
