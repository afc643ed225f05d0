#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace credit::model {

// Worker threads that outlive a batch of tasks, each task always run by the same worker:
// task `id` goes to worker id % threads in every batch. XGBoost keeps a booster's prediction
// cache in thread-local storage, so a booster trained a few rounds at a time must come back to
// the thread it was on: on a new thread its next round re-predicts every tree on every row,
// from the quantised matrix's bins (GHistIndexMatrix::GetFvalue). At full size that made each
// 10-round step of the lockstep training four times as long (docs/performance.md, issue 22).
// With one thread the tasks run on the calling thread, which persists too.
class PinnedWorkers {
public:
    explicit PinnedWorkers(int threads);
    ~PinnedWorkers();
    PinnedWorkers(const PinnedWorkers&) = delete;
    PinnedWorkers& operator=(const PinnedWorkers&) = delete;

    int threads() const { return threads_; }
    // Runs task(id) for every id of `ids` on its worker and returns when all have finished. If
    // tasks throw, the exception of the lowest id is rethrown here (the others still ran).
    void run(std::span<const std::size_t> ids, const std::function<void(std::size_t)>& task);

private:
    void work(int worker);

    int threads_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable finished_;
    std::vector<std::size_t> ids_;
    const std::function<void(std::size_t)>* task_ = nullptr;
    std::size_t batch_ = 0; // incremented for every batch; workers wait for a new one
    int busy_ = 0;          // workers still running the current batch
    bool stopping_ = false;
    std::size_t failedId_ = 0;
    std::exception_ptr error_;
    std::vector<std::jthread> workers_;
};

} // namespace credit::model
