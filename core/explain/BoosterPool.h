#pragma once

#include "model/Booster.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace credit::explain {

// Copies of one model, lent to one thread at a time. XGBoost's predictions are thread-safe, but
// a booster per caller avoids contention on its internal prediction caches when the server's
// workers score concurrently, and each copy runs single-threaded (the fast path for one row).
class BoosterPool {
public:
    explicit BoosterPool(std::vector<std::uint8_t> modelBytes);

    class Lease {
    public:
        Lease(const BoosterPool& pool, std::unique_ptr<model::Booster> booster);
        Lease(Lease&&) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        const model::Booster& operator*() const { return *booster_; }
        const model::Booster* operator->() const { return booster_.get(); }

    private:
        const BoosterPool* pool_;
        std::unique_ptr<model::Booster> booster_;
    };

    Lease acquire() const;

private:
    std::vector<std::uint8_t> modelBytes_;
    mutable std::mutex mutex_;
    mutable std::vector<std::unique_ptr<model::Booster>> idle_;
};

} // namespace credit::explain
