#include "model/PinnedWorkers.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using credit::model::PinnedWorkers;

TEST_CASE("A task runs on the same thread in every batch, whatever else the batch holds",
          "[parallel]")
{
    // What XGBoost's thread-local prediction cache needs of the lockstep training: booster `id`
    // always comes back to the thread it trained on.
    for (const int threads : {1, 2, 3}) {
        CAPTURE(threads);
        PinnedWorkers workers(threads);
        CHECK(workers.threads() == threads);
        std::map<std::size_t, std::thread::id> threadOf;
        std::map<std::size_t, int> runs;
        const std::vector<std::vector<std::size_t>> batches = {
            {0, 1, 2, 3, 4, 5, 6}, {1, 3, 5}, {0, 1, 2, 3, 4, 5, 6}, {6}, {}};
        for (const auto& batch : batches) {
            std::vector<std::thread::id> seen(7);
            workers.run(batch, [&](std::size_t id) { seen[id] = std::this_thread::get_id(); });
            for (const std::size_t id : batch) {
                ++runs[id];
                if (threadOf.count(id) == 0)
                    threadOf[id] = seen[id];
                CHECK(seen[id] == threadOf[id]);
            }
        }
        CHECK(runs[0] == 2);
        CHECK(runs[1] == 3);
        CHECK(runs[6] == 3);
        std::set<std::thread::id> distinct;
        for (const auto& [id, thread] : threadOf)
            distinct.insert(thread);
        CHECK(distinct.size() == static_cast<std::size_t>(threads));
        if (threads == 1)
            CHECK(threadOf[0] == std::this_thread::get_id());
        else
            CHECK(distinct.count(std::this_thread::get_id()) == 0);
    }
}

TEST_CASE("A failing task's exception reaches the caller, and the workers go on", "[parallel]")
{
    for (const int threads : {1, 2}) {
        CAPTURE(threads);
        PinnedWorkers workers(threads);
        std::vector<int> ran(6, 0);
        const std::vector<std::size_t> ids = {5, 4, 3,
                                              2, 1, 0}; // the lowest id wins, not the first
        CHECK_THROWS_WITH(workers.run(ids,
                                      [&](std::size_t id) {
                                          ran[id] = 1;
                                          if (id == 4 || id == 3)
                                              throw std::runtime_error("task " +
                                                                       std::to_string(id));
                                      }),
                          "task 3");
        // Every task of the batch ran: boosters that trained stay in step with the others.
        for (const int flag : ran)
            CHECK(flag == 1);
        int total = 0;
        workers.run(ids, [&](std::size_t id) { ran[id] += 1; });
        for (const int flag : ran)
            total += flag;
        CHECK(total == 12);
    }
}
