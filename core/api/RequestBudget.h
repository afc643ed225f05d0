#pragma once

#include <QHttpServerResponse>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace credit::data {
struct HomeCreditDataset;
}

namespace credit::api {

// How much history one client record may carry into the feature pipeline. Bounds the CPU and
// memory a small body can cost: the counterfactual search alone copies the record dozens of
// times, so a record's size, not the body's, is what the server must limit.
struct HistoryLimits {
    std::size_t maxHistoryRows = 10000;        // all related tables together
    std::size_t maxBureauBalancePairs = 10000; // bureau rows x bureau_balance rows of their key
};

// What went over a limit, named for the client's problem document.
struct BudgetExcess {
    std::string table; // "bureau_balance" or "history" (all tables)
    std::string measure;
    std::size_t count = 0;
    std::size_t limit = 0;
};

// The first limit `record` exceeds, if any. Linear in the record's rows.
std::optional<BudgetExcess> exceededLimit(const data::HomeCreditDataset& record,
                                          const HistoryLimits& limits);

// The 413 problem document for `excess`, the same on every route that takes a client record
// (scoring, counterfactuals, stored applications and scenarios).
QHttpServerResponse tooMuchHistory(const BudgetExcess& excess);

// Thrown by work that saw its request cancelled or past its deadline.
class RequestAbandoned : public std::exception {
public:
    explicit RequestAbandoned(bool clientGone) : clientGone_(clientGone) {}
    bool clientGone() const { return clientGone_; }
    const char* what() const noexcept override
    {
        return clientGone_ ? "the client closed the connection" : "the request deadline passed";
    }

private:
    bool clientGone_;
};

// One request's deadline and whether its client hung up, shared between the network thread
// (which cancels) and the worker (which checks between steps of the work).
class RequestDeadline {
public:
    explicit RequestDeadline(std::chrono::milliseconds allowed)
        : expiry_(std::chrono::steady_clock::now() + allowed)
    {}

    void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }
    bool expired() const { return std::chrono::steady_clock::now() >= expiry_; }
    bool shouldStop() const { return cancelled() || expired(); }
    // Throws RequestAbandoned when the work should stop.
    void check() const
    {
        if (cancelled())
            throw RequestAbandoned(true);
        if (expired())
            throw RequestAbandoned(false);
    }

private:
    std::chrono::steady_clock::time_point expiry_;
    std::atomic<bool> cancelled_{false};
};

} // namespace credit::api
