#include "explain/BoosterPool.h"

namespace credit::explain {

BoosterPool::BoosterPool(std::vector<std::uint8_t> modelBytes) : modelBytes_(std::move(modelBytes)) {}

BoosterPool::Lease::Lease(const BoosterPool& pool, std::unique_ptr<model::Booster> booster)
    : pool_(&pool), booster_(std::move(booster))
{
}

BoosterPool::Lease::~Lease()
{
    if (!booster_)
        return; // moved from
    std::lock_guard lock(pool_->mutex_);
    pool_->idle_.push_back(std::move(booster_));
}

BoosterPool::Lease BoosterPool::acquire() const
{
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto booster = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(booster));
        }
    }
    auto booster = std::make_unique<model::Booster>(model::Booster::fromBytes(modelBytes_));
    booster->setThreads(1);
    return Lease(*this, std::move(booster));
}

} // namespace credit::explain
