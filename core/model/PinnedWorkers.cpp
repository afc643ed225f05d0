#include "model/PinnedWorkers.h"

#include <algorithm>
#include <utility>

namespace credit::model {

PinnedWorkers::PinnedWorkers(int threads) : threads_(std::max(1, threads))
{
    if (threads_ > 1)
        for (int worker = 0; worker < threads_; ++worker)
            workers_.emplace_back([this, worker] { work(worker); });
}

PinnedWorkers::~PinnedWorkers()
{
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    // The jthreads join as workers_ goes.
}

void PinnedWorkers::run(std::span<const std::size_t> ids,
                        const std::function<void(std::size_t)>& task)
{
    if (threads_ == 1) {
        std::exception_ptr error;
        std::size_t failedId = 0;
        for (const std::size_t id : ids) {
            try {
                task(id);
            } catch (...) {
                if (!error || id < failedId) {
                    error = std::current_exception();
                    failedId = id;
                }
            }
        }
        if (error)
            std::rethrow_exception(error);
        return;
    }
    std::unique_lock lock(mutex_);
    ids_.assign(ids.begin(), ids.end());
    task_ = &task;
    error_ = nullptr;
    busy_ = threads_;
    ++batch_;
    wake_.notify_all();
    finished_.wait(lock, [this] { return busy_ == 0; });
    task_ = nullptr;
    if (error_)
        std::rethrow_exception(std::exchange(error_, nullptr));
}

void PinnedWorkers::work(int worker)
{
    std::size_t seen = 0;
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stopping_ || batch_ != seen; });
        if (stopping_)
            return;
        seen = batch_;
        std::vector<std::size_t> mine;
        for (const std::size_t id : ids_)
            if (id % static_cast<std::size_t>(threads_) == static_cast<std::size_t>(worker))
                mine.push_back(id);
        const auto* task = task_;
        lock.unlock();
        for (const std::size_t id : mine) {
            try {
                (*task)(id);
            } catch (...) {
                const std::lock_guard guard(mutex_);
                if (!error_ || id < failedId_) {
                    error_ = std::current_exception();
                    failedId_ = id;
                }
            }
        }
        lock.lock();
        if (--busy_ == 0)
            finished_.notify_one();
    }
}

} // namespace credit::model
