#include "model/ParallelTasks.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using credit::model::runTasks;

TEST_CASE("Every task runs exactly once, on at most the requested threads", "[parallel]")
{
    for (const int threads : {1, 2, 4}) {
        CAPTURE(threads);
        std::vector<int> runs(37, 0);
        std::vector<std::thread::id> threadOf(runs.size());
        runTasks(runs.size(), threads, [&](std::size_t index) {
            ++runs[index]; // each task owns its slot: no synchronisation needed
            threadOf[index] = std::this_thread::get_id();
        });
        for (const int count : runs)
            CHECK(count == 1);
        std::vector<std::thread::id> distinct;
        for (const auto& id : threadOf)
            if (std::find(distinct.begin(), distinct.end(), id) == distinct.end())
                distinct.push_back(id);
        CHECK(distinct.size() <= static_cast<std::size_t>(threads));
        if (threads == 1)
            CHECK(distinct.front() == std::this_thread::get_id()); // in order, on the caller
    }
    int calls = 0;
    runTasks(0, 2, [&](std::size_t) { ++calls; });
    CHECK(calls == 0);
}

TEST_CASE("A failing task's exception reaches the caller and stops new tasks", "[parallel]")
{
    for (const int threads : {1, 2}) {
        CAPTURE(threads);
        std::atomic<int> started{0};
        try {
            runTasks(1000, threads, [&](std::size_t index) {
                ++started;
                if (index == 3 || index == 7)
                    throw std::runtime_error("task " + std::to_string(index) + " failed");
            });
            FAIL("no exception");
        } catch (const std::runtime_error& error) {
            // Tasks are handed out in index order, so task 3 always runs (and fails) even when
            // task 7 fails first on another thread: the lowest failure is the one reported.
            CHECK(std::string(error.what()) == "task 3 failed");
        }
        if (threads == 1)
            CHECK(started.load() == 4); // in order: nothing after the failing task
    }
}
